package io.kine.kernel.patients;

import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Someone asked to erase the patient while the record must still be kept (until {@code retainedUntil}). */
@Revision("1")
public record PatientErasureRefused(
        PatientId patientId,
        OrganizationId organizationId,
        LocalDate retainedUntil) {
}
