package io.kine.kernel.clinical;

/**
 * What a case (episode of care) is about: the reason for referral, the diagnosis as an ICD-10
 * code and in words, the referring doctor, the goals of treatment.
 */
public record CaseDetails(String reasonForReferral, String icd10Code, String diagnosisText, String referringDoctor,
        String goals) {
}
