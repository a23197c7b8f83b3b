package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** A closed case was opened again, for this reason. */
@Revision("1")
public record CaseReopened(
        CaseId caseId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        @PersonalData String reason) {
}
