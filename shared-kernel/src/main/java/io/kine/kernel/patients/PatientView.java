package io.kine.kernel.patients;

import java.time.Instant;

/**
 * A patient as the read model holds it. {@code version} is the sequence number of the last
 * event applied, so a writer can wait until the read model has caught up with its change.
 */
public record PatientView(
        PatientId patientId,
        PatientDetails details,
        boolean archived,
        Instant registeredAt,
        Instant updatedAt,
        long version) {
}
