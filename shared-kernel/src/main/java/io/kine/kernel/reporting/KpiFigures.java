package io.kine.kernel.reporting;

/**
 * The appointment KPIs of one period. Rates are derived here so every screen and export
 * computes them the same way; each is null when its denominator is zero.
 *
 * @param availableMinutes minutes of working hours in the period
 * @param bookedMinutes minutes held by appointments that were not cancelled
 * @param appointments appointments in the period, cancelled ones included
 * @param completed completed appointments
 * @param noShows appointments marked no-show
 * @param cancellations cancelled appointments, late ones included
 * @param lateCancellations appointments cancelled inside the late-cancellation window
 * @param visits visits: clinical visits, and completed appointments no clinical visit was recorded for
 * @param newPatients patients whose first visit falls in the period
 * @param patientsSeen distinct patients with a visit in the period
 * @param previousPatientsSeen the same for the period just before, of the same length
 * @param retainedPatients patients seen in both the previous period and this one
 * @param closedCases episodes of care closed in the period
 * @param closedCaseVisits clinical visits those closed cases had in all
 */
public record KpiFigures(
        long availableMinutes,
        long bookedMinutes,
        long appointments,
        long completed,
        long noShows,
        long cancellations,
        long lateCancellations,
        long visits,
        long newPatients,
        long patientsSeen,
        long previousPatientsSeen,
        long retainedPatients,
        long closedCases,
        long closedCaseVisits) {

    /** Booked minutes over available minutes. */
    public Double utilization() {
        return ratio(bookedMinutes, availableMinutes);
    }

    /** No-shows over the appointments that were not cancelled. */
    public Double noShowRate() {
        return ratio(noShows, appointments - cancellations);
    }

    /** Late cancellations over all appointments of the period. */
    public Double lateCancellationRate() {
        return ratio(lateCancellations, appointments);
    }

    /** Patients seen in the previous period who came back in this one. */
    public Double retentionRate() {
        return ratio(retainedPatients, previousPatientsSeen);
    }

    /** Visits per episode of care, over the cases closed in the period. */
    public Double averageVisitsPerCase() {
        return ratio(closedCaseVisits, closedCases);
    }

    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
