package io.kine.infra.demo;

/**
 * The size of a generated clinic history. Outcomes of past appointments follow the shares
 * below (the rest are completed); appointments in the coming weeks stay booked.
 *
 * @param practitioners practitioners, each with a login and weekly hours at one location
 * @param locations locations, alternating between Paris and Casablanca time
 * @param patientsPerPractitioner each practitioner's own patients, who come in waves over the history
 * @param months months of history before today
 * @param futureWeeks weeks of bookings after today
 * @param fillRate share of the 30-minute slots of working hours that are booked
 * @param seed the same seed gives the same history
 */
public record HistoryShape(
        int practitioners,
        int locations,
        int patientsPerPractitioner,
        int months,
        int futureWeeks,
        double fillRate,
        long seed) {

    static final double NO_SHOW = 0.06;
    static final double LATE_CANCELLATION = 0.05;
    static final double EARLY_CANCELLATION = 0.09;

    public HistoryShape {
        if (practitioners < 1 || locations < 1 || patientsPerPractitioner < 1 || months < 0 || futureWeeks < 0
                || fillRate <= 0 || fillRate > 1) {
            throw new IllegalArgumentException("A history needs at least one practitioner, location and patient,"
                    + " non-negative months and weeks, and a fill rate in (0, 1]");
        }
    }
}
