package io.kine.kernel.reporting;

import java.time.LocalDate;
import java.util.List;

/** One day's operations per practitioner, and their sum. */
public record DayOperationsView(LocalDate day, List<PractitionerDay> practitioners, PractitionerDay total) {
}
