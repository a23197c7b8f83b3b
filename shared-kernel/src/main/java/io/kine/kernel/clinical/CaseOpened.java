package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** An episode of care began. The ICD-10 code is a code and stays readable; the words are the patient's data. */
@Revision("1")
public record CaseOpened(
        CaseId caseId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        UserId practitionerId,
        @PersonalData String reasonForReferral,
        String icd10Code,
        @PersonalData String diagnosisText,
        @PersonalData String referringDoctor,
        @PersonalData String goals) {
}
