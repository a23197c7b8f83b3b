package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;

/** A case as the read model holds it; {@code version} is the last event's sequence number. */
public record CaseView(
        CaseId caseId,
        PatientId patientId,
        UserId practitionerId,
        String practitionerName,
        CaseStatus status,
        CaseDetails details,
        String outcome,
        Instant openedAt,
        Instant closedAt,
        int visitCount,
        long version) {
}
