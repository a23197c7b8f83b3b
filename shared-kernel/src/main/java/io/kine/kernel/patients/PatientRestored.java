package io.kine.kernel.patients;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PatientRestored(PatientId patientId, OrganizationId organizationId) {
}
