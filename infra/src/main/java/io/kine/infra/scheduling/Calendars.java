package io.kine.infra.scheduling;

import io.kine.command.scheduling.PractitionerCalendar;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.PractitionerAvailability;
import io.kine.kernel.scheduling.WeeklyHours;
import io.kine.kernel.scheduling.WorkingHoursException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns what the read model knows of a practitioner (weekly hours, exceptions, bookings) into
 * the engine's {@link PractitionerCalendar}: holidays and whole-day time off become days off,
 * time off for some hours becomes instants on each of its days, changed hours replace the week.
 */
final class Calendars {

    /** A practitioner without weekly hours at a location books freely there, except where exceptions say otherwise. */
    static final WeeklyHours ANY_TIME = WeeklyHours.onDays(Arrays.asList(DayOfWeek.values()),
            new LocalTimeRange(LocalTime.MIDNIGHT, LocalTime.MAX));

    private Calendars() {
    }

    static PractitionerCalendar of(PractitionerAvailability availability, ZoneId zone) {
        List<DateRange> daysOff = new ArrayList<>();
        List<Interval> timeOff = new ArrayList<>();
        List<PractitionerCalendar.ChangedHours> changed = new ArrayList<>();
        for (WorkingHoursException exception : availability.exceptions()) {
            if (exception.wholeDays()) {
                daysOff.add(exception.days());
            } else if (exception.kind() == io.kine.kernel.scheduling.ExceptionKind.CHANGED_HOURS) {
                changed.add(new PractitionerCalendar.ChangedHours(exception.days(), exception.hours()));
            } else {
                timeOff.addAll(hoursOnEachDay(exception, zone));
            }
        }
        WeeklyHours week = availability.weekly() == null ? ANY_TIME : availability.weekly();
        return PractitionerCalendar.of(availability.practitionerId(), week).withChangedHours(changed)
                .withDaysOff(daysOff).withTimeOff(timeOff).withBookings(availability.bookings());
    }

    private static List<Interval> hoursOnEachDay(WorkingHoursException exception, ZoneId zone) {
        List<Interval> times = new ArrayList<>();
        for (LocalDate day = exception.days().first(); !day.isAfter(exception.days().last()); day = day.plusDays(1)) {
            for (LocalTimeRange range : exception.hours()) {
                var start = day.atTime(range.start()).atZone(zone).toInstant();
                var end = day.atTime(range.end()).atZone(zone).toInstant();
                if (end.isAfter(start)) {
                    times.add(new Interval(start, end));
                }
            }
        }
        return times;
    }
}
