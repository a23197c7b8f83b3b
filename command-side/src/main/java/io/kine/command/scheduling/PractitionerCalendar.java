package io.kine.command.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.WeeklyHours;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What decides when one practitioner is free: their usual week, days whose hours differ from it
 * (summer hours, a late evening), whole days off (leave, public holidays), shorter time off as
 * instants (a training afternoon), and what is already booked.
 */
public record PractitionerCalendar(UserId practitionerId, WeeklyHours hours, List<ChangedHours> changedHours,
        List<DateRange> daysOff, List<Interval> timeOff, List<Interval> bookings) {

    /** On these days, these hours instead of the weekly ones (several on one day add up). */
    public record ChangedHours(DateRange days, List<LocalTimeRange> hours) {

        public ChangedHours {
            Objects.requireNonNull(days, "days");
            hours = List.copyOf(hours);
        }
    }

    public PractitionerCalendar {
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(hours, "hours");
        changedHours = changedHours == null ? List.of() : List.copyOf(changedHours);
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    public static PractitionerCalendar of(UserId practitionerId, WeeklyHours hours) {
        return new PractitionerCalendar(practitionerId, hours, List.of(), List.of(), List.of(), List.of());
    }

    public PractitionerCalendar withChangedHours(List<ChangedHours> changed) {
        return new PractitionerCalendar(practitionerId, hours, changed, daysOff, timeOff, bookings);
    }

    public PractitionerCalendar withDaysOff(DateRange... days) {
        return withDaysOff(List.of(days));
    }

    public PractitionerCalendar withDaysOff(List<DateRange> days) {
        return new PractitionerCalendar(practitionerId, hours, changedHours, days, timeOff, bookings);
    }

    public PractitionerCalendar withTimeOff(Interval... times) {
        return withTimeOff(List.of(times));
    }

    public PractitionerCalendar withTimeOff(List<Interval> times) {
        return new PractitionerCalendar(practitionerId, hours, changedHours, daysOff, times, bookings);
    }

    public PractitionerCalendar withBookings(List<Interval> booked) {
        return new PractitionerCalendar(practitionerId, hours, changedHours, daysOff, timeOff, booked);
    }

    public boolean isDayOff(LocalDate day) {
        return daysOff.stream().anyMatch(range -> range.contains(day));
    }

    /** The wall-clock hours worked that day: changed hours when some apply, the weekly ones otherwise. */
    public List<LocalTimeRange> hoursOn(LocalDate day) {
        List<ChangedHours> changed = changedHours.stream().filter(change -> change.days().contains(day)).toList();
        return changed.isEmpty() ? hours.on(day.getDayOfWeek())
                : changed.stream().flatMap(change -> change.hours().stream()).toList();
    }
}
