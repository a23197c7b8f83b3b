package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** The episode of care ended with this outcome. */
@Revision("1")
public record CaseClosed(
        CaseId caseId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        @PersonalData String outcome) {
}
