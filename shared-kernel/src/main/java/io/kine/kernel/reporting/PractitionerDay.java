package io.kine.kernel.reporting;

import io.kine.kernel.identity.UserId;

/**
 * One practitioner's day (or the day's sum when {@code practitionerId} is null): appointments
 * still to come, arrived, completed, no-shows and cancellations, and booked against available minutes.
 */
public record PractitionerDay(
        UserId practitionerId,
        String practitionerName,
        long upcoming,
        long arrived,
        long completed,
        long noShows,
        long cancellations,
        long bookedMinutes,
        long availableMinutes) {

    public Double utilization() {
        return availableMinutes <= 0 ? null : (double) bookedMinutes / availableMinutes;
    }
}
