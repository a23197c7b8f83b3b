package io.kine.kernel.reporting;

import java.time.LocalDate;

/** One point of a dashboard series: the figures of the period starting on {@code start}. */
public record KpiPoint(LocalDate start, LocalDate end, KpiFigures figures) {
}
