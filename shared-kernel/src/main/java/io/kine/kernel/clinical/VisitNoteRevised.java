package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** One save of a visit's note, carrying the whole note as written: these events are the revision history.
 * {@code revision} counts from 1; the time is the event's timestamp. */
@Revision("1")
public record VisitNoteRevised(
        VisitId visitId,
        CaseId caseId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        int revision,
        UserId author,
        @PersonalData String subjective,
        @PersonalData String objective,
        @PersonalData String assessment,
        @PersonalData String plan,
        List<OutcomeMeasure> measures,
        NoteTemplateId templateId) {
}
