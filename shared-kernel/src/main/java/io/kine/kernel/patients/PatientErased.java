package io.kine.kernel.patients;

import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The patient's key was destroyed: their personal data in every event reads "[erased]" from
 * now on. {@code withinRetention} says the retention period (until {@code retainedUntil}) still
 * ran and an owner overrode it, giving {@code reason}.
 */
@Revision("1")
public record PatientErased(
        PatientId patientId,
        OrganizationId organizationId,
        LocalDate retainedUntil,
        boolean withinRetention,
        String reason) {
}
