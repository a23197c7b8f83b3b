package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** That a visit happened: when, with whom, draft or signed. No clinical content. */
public record VisitSummary(
        VisitId visitId,
        CaseId caseId,
        LocalDate visitedOn,
        UserId practitionerId,
        String practitionerName,
        VisitStatus status,
        AppointmentId appointmentId) {
}
