package io.kine.kernel.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How an appointment series repeats: the RFC 5545 subset Kine supports, "weekly on given days,
 * every {@code interval} weeks, for {@code count} occurrences or until a date". An empty set of
 * days means the weekday of the first occurrence (as an RFC 5545 rule without BYDAY). At most
 * one of {@code count} and {@code until} is set; with neither, the series is cut at a fixed
 * horizon so it stays finite. {@code until} is a date in the location's time zone, inclusive.
 * The week start matters only when {@code interval} is above one (RFC 5545 WKST).
 */
public record RecurrenceRule(int interval, Set<DayOfWeek> days, DayOfWeek weekStart, Integer count, LocalDate until) {

    public RecurrenceRule {
        days = days == null || days.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(days));
        weekStart = weekStart == null ? DayOfWeek.MONDAY : weekStart;
    }

    /** Every week on the given days (none: the first occurrence's weekday), with no end of its own. */
    public static RecurrenceRule weekly(Set<DayOfWeek> days) {
        return new RecurrenceRule(1, days, DayOfWeek.MONDAY, null, null);
    }

    public RecurrenceRule everyWeeks(int weeks) {
        return new RecurrenceRule(weeks, days, weekStart, count, until);
    }

    public RecurrenceRule weeksStartingOn(DayOfWeek day) {
        return new RecurrenceRule(interval, days, day, count, until);
    }

    public RecurrenceRule times(int occurrences) {
        return new RecurrenceRule(interval, days, weekStart, occurrences, null);
    }

    public RecurrenceRule until(LocalDate lastDay) {
        return new RecurrenceRule(interval, days, weekStart, null, lastDay);
    }
}
