package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** The case is in another practitioner's care. */
@Revision("1")
public record CaseReassigned(
        CaseId caseId,
        OrganizationId organizationId,
        PatientId patientId,
        UserId practitionerId) {
}
