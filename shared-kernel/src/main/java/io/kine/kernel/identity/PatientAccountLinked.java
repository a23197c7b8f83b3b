package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PatientAccountLinked(UserId userId, OrganizationId organizationId, PatientId patientId) {
}
