package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;

/** An attachment's metadata; the bytes live in the attachment store. {@code visitId} is null on a case. */
public record AttachmentView(
        AttachmentId attachmentId,
        PatientId patientId,
        CaseId caseId,
        VisitId visitId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        UserId uploadedBy,
        String uploaderName,
        Instant uploadedAt) {
}
