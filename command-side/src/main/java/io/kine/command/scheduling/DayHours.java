package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import io.kine.kernel.scheduling.LocalTimeRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rule for one day's working ranges, shared by the weekly template and its exceptions. */
final class DayHours {

    static final String INVALID_RANGE = "appointment.hours.invalidRange";

    private DayHours() {
    }

    /** The ranges sorted by start, each start before its end, none overlapping; empty with a violation otherwise. */
    static Optional<List<LocalTimeRange>> checked(String field, List<LocalTimeRange> ranges, List<FieldViolation> violations) {
        if (ranges.stream().anyMatch(r -> r == null || r.start() == null || r.end() == null)) {
            violations.add(new FieldViolation(field, INVALID_RANGE));
            return Optional.empty();
        }
        List<LocalTimeRange> sorted = ranges.stream().sorted(Comparator.comparing(LocalTimeRange::start)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            LocalTimeRange range = sorted.get(i);
            if (!range.start().isBefore(range.end()) || i > 0 && sorted.get(i - 1).end().isAfter(range.start())) {
                violations.add(new FieldViolation(field, INVALID_RANGE));
                return Optional.empty();
            }
        }
        return Optional.of(sorted);
    }
}
