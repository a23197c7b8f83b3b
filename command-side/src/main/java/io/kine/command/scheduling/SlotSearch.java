package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What someone looks for: slots of {@code length}, starting every {@code step} from the start of
 * working hours, on the days {@code firstDay} to {@code lastDay} (included) at a location in
 * {@code zone}, none starting before {@code notBefore} (now, usually), at most {@code limit}.
 */
public record SlotSearch(LocalDate firstDay, LocalDate lastDay, ZoneId zone, Duration length, Duration step,
        int limit, Instant notBefore) {

    /** Keeps one search cheap: a year of days at most. */
    public static final int LONGEST_RANGE_IN_DAYS = 366;

    public SlotSearch {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(notBefore, "notBefore");
        List<FieldViolation> violations = new ArrayList<>();
        if (lastDay.isBefore(firstDay)) {
            violations.add(new FieldViolation("lastDay", "slotSearch.lastDay.beforeFirstDay"));
        } else if (firstDay.plusDays(LONGEST_RANGE_IN_DAYS).isBefore(lastDay.plusDays(1))) {
            violations.add(new FieldViolation("lastDay", "slotSearch.lastDay.tooFar"));
        }
        if (length.isNegative() || length.isZero()) {
            violations.add(new FieldViolation("length", "slotSearch.length.notPositive"));
        }
        if (step.compareTo(Duration.ofMinutes(1)) < 0) {
            violations.add(new FieldViolation("step", "slotSearch.step.belowAMinute"));
        }
        if (limit < 1) {
            violations.add(new FieldViolation("limit", "slotSearch.limit.notPositive"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSlotSearch(violations);
        }
    }
}
