package io.kine.kernel.reporting;

import java.time.LocalDate;
import java.util.List;

/** A dashboard: the totals of [from, to] and the same figures per day, week or month. */
public record DashboardView(
        LocalDate from,
        LocalDate to,
        Granularity granularity,
        KpiFigures totals,
        List<KpiPoint> series) {
}
