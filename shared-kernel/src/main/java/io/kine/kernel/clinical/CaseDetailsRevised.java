package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** The case's details from now on (all of them, not a map of changes). */
@Revision("1")
public record CaseDetailsRevised(
        CaseId caseId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        @PersonalData String reasonForReferral,
        String icd10Code,
        @PersonalData String diagnosisText,
        @PersonalData String referringDoctor,
        @PersonalData String goals) {
}
