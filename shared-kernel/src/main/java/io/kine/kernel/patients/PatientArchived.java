package io.kine.kernel.patients;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PatientArchived(PatientId patientId, OrganizationId organizationId) {
}
