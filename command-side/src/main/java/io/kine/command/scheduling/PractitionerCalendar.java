package io.kine.command.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.WeeklyHours;
import java.util.List;
import java.util.Objects;

/**
 * What decides when one practitioner is free: their usual week, whole days off (leave, public
 * holidays), shorter time off as instants (a training afternoon), and what is already booked.
 */
public record PractitionerCalendar(UserId practitionerId, WeeklyHours hours, List<DateRange> daysOff,
        List<Interval> timeOff, List<Interval> bookings) {

    public PractitionerCalendar {
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(hours, "hours");
        daysOff = daysOff == null ? List.of() : List.copyOf(daysOff);
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    public static PractitionerCalendar of(UserId practitionerId, WeeklyHours hours) {
        return new PractitionerCalendar(practitionerId, hours, List.of(), List.of(), List.of());
    }

    public PractitionerCalendar withDaysOff(DateRange... days) {
        return new PractitionerCalendar(practitionerId, hours, List.of(days), timeOff, bookings);
    }

    public PractitionerCalendar withTimeOff(Interval... times) {
        return new PractitionerCalendar(practitionerId, hours, daysOff, List.of(times), bookings);
    }

    public PractitionerCalendar withBookings(List<Interval> booked) {
        return new PractitionerCalendar(practitionerId, hours, daysOff, timeOff, booked);
    }
}
