package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** An addendum to a signed note, signed by its author at the event's time. */
@Revision("1")
public record AddendumAdded(
        VisitId visitId,
        CaseId caseId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        int number,
        UserId author,
        @PersonalData String text) {
}
