package io.kine.command.scheduling;

import static io.kine.command.scheduling.InvalidRecurrence.Reason.COUNT_AND_UNTIL;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.INVALID_COUNT;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.INVALID_INTERVAL;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.MALFORMED;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.TOO_MANY_OCCURRENCES;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.UNSUPPORTED_FREQUENCY;
import static io.kine.command.scheduling.InvalidRecurrence.Reason.UNSUPPORTED_PART;

import io.kine.kernel.scheduling.RecurrenceRule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.Weekday;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule.Part;
import org.dmfs.rfc5545.recur.RecurrenceRule.RfcMode;
import org.dmfs.rfc5545.recur.RecurrenceRule.WeekdayNum;

/**
 * Reads and writes {@link RecurrenceRule}s as RFC 5545 RRULE text, through lib-recur, and
 * refuses anything outside the weekly subset with the reason. An UNTIL given as a UTC time is
 * turned into the date it falls on in the location's time zone; Kine writes UNTIL back as the
 * end of that day in local time, the form RFC 5545 asks for beside a local DTSTART.
 */
public final class RecurrenceRules {

    /** Longest explicit COUNT; also where a rule without COUNT or UNTIL is cut. */
    public static final int MAX_OCCURRENCES = 200;

    /**
     * By name: lib-recur's {@code Part} enum fails to initialise when it is touched before its
     * {@code RecurrenceRule} class, which a static set of parts here would do.
     */
    private static final Set<String> SUPPORTED = Set.of("FREQ", "INTERVAL", "WKST", "BYDAY", "UNTIL", "COUNT");

    private RecurrenceRules() {
    }

    public static RecurrenceRule parse(String text, ZoneId zone) {
        org.dmfs.rfc5545.recur.RecurrenceRule parsed = readStrictly(text);
        if (parsed.getFreq() != Freq.WEEKLY) {
            throw new InvalidRecurrence(UNSUPPORTED_FREQUENCY, "Only weekly rules are supported: " + text);
        }
        for (Part part : Part.values()) {
            if (parsed.hasPart(part) && !SUPPORTED.contains(part.name())) {
                throw new InvalidRecurrence(UNSUPPORTED_PART, "Unsupported rule part " + part + ": " + text);
            }
        }
        RecurrenceRule rule = new RecurrenceRule(parsed.getInterval(), days(parsed), dayOfWeek(parsed.getWeekStart()),
                parsed.getCount(), untilDate(parsed.getUntil(), zone));
        check(rule);
        return rule;
    }

    public static String format(RecurrenceRule rule) {
        check(rule);
        org.dmfs.rfc5545.recur.RecurrenceRule written = toLibRecur(rule);
        if (rule.until() != null) {
            written.setUntil(endOfDay(rule.until()));
        }
        return written.toString();
    }

    /** The rules a {@link RecurrenceRule} must meet whatever its origin (text or a command's fields). */
    static void check(RecurrenceRule rule) {
        if (rule.interval() < 1) {
            throw new InvalidRecurrence(INVALID_INTERVAL, "INTERVAL must be 1 or more: " + rule.interval());
        }
        if (rule.count() != null && rule.until() != null) {
            throw new InvalidRecurrence(COUNT_AND_UNTIL, "A rule ends after COUNT occurrences or at UNTIL, not both");
        }
        if (rule.count() != null && rule.count() < 1) {
            throw new InvalidRecurrence(INVALID_COUNT, "COUNT must be 1 or more: " + rule.count());
        }
        if (rule.count() != null && rule.count() > MAX_OCCURRENCES) {
            throw new InvalidRecurrence(TOO_MANY_OCCURRENCES,
                    "A series has at most " + MAX_OCCURRENCES + " occurrences: " + rule.count());
        }
    }

    /** The rule in lib-recur's terms, without UNTIL: callers set it in the form they iterate or write. */
    static org.dmfs.rfc5545.recur.RecurrenceRule toLibRecur(RecurrenceRule rule) {
        org.dmfs.rfc5545.recur.RecurrenceRule libRule =
                new org.dmfs.rfc5545.recur.RecurrenceRule(Freq.WEEKLY, RfcMode.RFC5545_STRICT);
        if (rule.interval() > 1) {
            libRule.setInterval(rule.interval());
        }
        if (rule.weekStart() != DayOfWeek.MONDAY) {
            libRule.setWeekStart(weekday(rule.weekStart()));
        }
        if (!rule.days().isEmpty()) {
            libRule.setByDayPart(rule.days().stream().map(day -> new WeekdayNum(0, weekday(day))).toList());
        }
        if (rule.count() != null) {
            libRule.setCount(rule.count());
        }
        return libRule;
    }

    /** The last second of the day as a floating (local) date-time; lib-recur months count from 0. */
    static DateTime endOfDay(LocalDate day) {
        return new DateTime(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 23, 59, 59);
    }

    private static org.dmfs.rfc5545.recur.RecurrenceRule readStrictly(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRecurrence(MALFORMED, "No recurrence rule given");
        }
        try {
            return new org.dmfs.rfc5545.recur.RecurrenceRule(text.strip(), RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException unreadable) {
            throw new InvalidRecurrence(MALFORMED, "Not an RFC 5545 rule (" + unreadable.getMessage() + "): " + text);
        }
    }

    private static Set<DayOfWeek> days(org.dmfs.rfc5545.recur.RecurrenceRule parsed) {
        List<WeekdayNum> byDay = parsed.getByDayPart();
        if (byDay == null) {
            return Set.of();
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        byDay.forEach(day -> days.add(dayOfWeek(day.weekday)));
        return days;
    }

    private static LocalDate untilDate(DateTime until, ZoneId zone) {
        if (until == null) {
            return null;
        }
        if (until.isAllDay() || until.isFloating()) {
            return LocalDate.of(until.getYear(), until.getMonth() + 1, until.getDayOfMonth());
        }
        return Instant.ofEpochMilli(until.getTimestamp()).atZone(zone).toLocalDate();
    }

    private static Weekday weekday(DayOfWeek day) {
        return Weekday.values()[day.getValue() % 7];
    }

    private static DayOfWeek dayOfWeek(Weekday weekday) {
        return weekday == Weekday.SU ? DayOfWeek.SUNDAY : DayOfWeek.of(weekday.ordinal());
    }
}
