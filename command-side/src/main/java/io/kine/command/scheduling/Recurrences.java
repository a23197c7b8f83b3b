package io.kine.command.scheduling;

import static io.kine.command.scheduling.InvalidRecurrence.Reason.FIRST_OCCURRENCE_NOT_ON_A_RULE_DAY;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.INVALID_LENGTH;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.SERIES_TOO_LONG;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.UNTIL_BEFORE_FIRST_OCCURRENCE;

import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.RecurrenceRule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * Expands a rule into the occurrences of a series, in the location's wall-clock time: a weekly
 * 09:00 stays 09:00 when the clocks change, so its instant moves by the change. lib-recur walks
 * floating (zone-less) date-times; java.time then places each in the zone. A time that does not
 * exist that day (in the spring-forward gap) moves forward by the length of the gap, 02:30 becoming
 * 03:30 in Paris; a time that exists twice (fall-back) takes the earlier one, as java.time does.
 *
 * <p>A series is finite and spans less than {@link #HORIZON} from its first occurrence: a rule
 * with neither COUNT nor UNTIL stops there or at {@link RecurrenceRules#MAX_OCCURRENCES},
 * whichever comes first; a COUNT or UNTIL that would go further is refused rather than cut.
 */
public final class Recurrences {

    public static final Period HORIZON = Period.ofYears(1);

    /** Occurrences of a series cannot overlap one another because they fall on different days. */
    private static final Duration LONGEST_OCCURRENCE = Duration.ofHours(24);

    private Recurrences() {
    }

    public static List<Interval> expand(RecurrenceRule rule, LocalDateTime first, Duration length, ZoneId zone) {
        check(rule, first, length);
        LocalDate horizon = first.toLocalDate().plus(HORIZON);
        org.dmfs.rfc5545.recur.RecurrenceRule libRule = RecurrenceRules.toLibRecur(rule);
        if (rule.until() != null) {
            libRule.setUntil(RecurrenceRules.endOfDay(rule.until()));
        }
        RecurrenceRuleIterator dates = libRule.iterator(floating(first));
        List<Interval> occurrences = new ArrayList<>();
        while (dates.hasNext() && occurrences.size() < RecurrenceRules.MAX_OCCURRENCES) {
            DateTime next = dates.nextDateTime();
            LocalDate day = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
            if (!day.isBefore(horizon)) {
                if (rule.count() != null) {
                    throw new InvalidRecurrence(SERIES_TOO_LONG, "COUNT=" + rule.count() + " goes beyond " + HORIZON);
                }
                break;
            }
            occurrences.add(Interval.of(day.atTime(first.toLocalTime()).atZone(zone).toInstant(), length));
        }
        return List.copyOf(occurrences);
    }

    private static void check(RecurrenceRule rule, LocalDateTime first, Duration length) {
        RecurrenceRules.check(rule);
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST_OCCURRENCE) > 0) {
            throw new InvalidRecurrence(INVALID_LENGTH, "An occurrence lasts more than zero and at most a day: " + length);
        }
        if (!rule.days().isEmpty() && !rule.days().contains(first.getDayOfWeek())) {
            throw new InvalidRecurrence(FIRST_OCCURRENCE_NOT_ON_A_RULE_DAY,
                    "The first occurrence is on a " + first.getDayOfWeek() + ", not one of " + rule.days());
        }
        if (rule.until() != null && rule.until().isBefore(first.toLocalDate())) {
            throw new InvalidRecurrence(UNTIL_BEFORE_FIRST_OCCURRENCE,
                    "UNTIL " + rule.until() + " is before the first occurrence " + first.toLocalDate());
        }
        if (rule.until() != null && !rule.until().isBefore(first.toLocalDate().plus(HORIZON))) {
            throw new InvalidRecurrence(SERIES_TOO_LONG, "UNTIL " + rule.until() + " is not within " + HORIZON);
        }
    }

    /** lib-recur months count from 0; the time of day is the first occurrence's, re-applied per date. */
    private static DateTime floating(LocalDateTime first) {
        return new DateTime(first.getYear(), first.getMonthValue() - 1, first.getDayOfMonth(),
                first.getHour(), first.getMinute(), first.getSecond());
    }
}
