package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** The practitioner signed revision {@code revision}; the note is locked from now on. */
@Revision("1")
public record VisitNoteSigned(
        VisitId visitId,
        CaseId caseId,
        OrganizationId organizationId,
        PatientId patientId,
        int revision,
        UserId signedBy) {
}
