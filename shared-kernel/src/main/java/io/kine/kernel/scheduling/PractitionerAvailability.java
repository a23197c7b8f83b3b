package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import java.util.List;

/**
 * One practitioner's usual week at a location (null when none was ever set), the exceptions
 * in the period asked, and the times their live appointments hold them, at any location.
 */
public record PractitionerAvailability(UserId practitionerId, String practitionerName, WeeklyHours weekly,
        List<WorkingHoursException> exceptions, List<Interval> bookings) {

    public PractitionerAvailability {
        exceptions = List.copyOf(exceptions);
        bookings = List.copyOf(bookings);
    }
}
