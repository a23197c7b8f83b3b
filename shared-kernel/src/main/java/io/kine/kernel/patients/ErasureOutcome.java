package io.kine.kernel.patients;

import java.time.LocalDate;

/** The answer to {@link ErasePatient}: erased, or refused because the record is kept until {@code retainedUntil}. */
public record ErasureOutcome(boolean erased, LocalDate retainedUntil) {
}
