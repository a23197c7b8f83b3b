package io.kine.kernel.clinical;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/** A file was attached to a case ({@code visitId} null) or a visit. Its bytes are stored outside the
 * event store; {@code sha256} proves they are the ones uploaded. The content type was read from the bytes. */
@Revision("1")
public record AttachmentAdded(
        AttachmentId attachmentId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        CaseId caseId,
        VisitId visitId,
        @PersonalData String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        UserId uploadedBy) {
}
