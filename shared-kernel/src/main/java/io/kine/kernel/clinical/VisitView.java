package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit with its latest note. {@code revision} is the number of the latest saved revision (0
 * before the first save); {@code version} the sequence number of the visit's last event.
 */
public record VisitView(
        VisitId visitId,
        CaseId caseId,
        PatientId patientId,
        UserId practitionerId,
        String practitionerName,
        LocalDate visitedOn,
        AppointmentId appointmentId,
        VisitStatus status,
        int revision,
        SoapNote note,
        List<OutcomeMeasure> measures,
        Instant lastRevisedAt,
        String lastRevisedBy,
        Instant signedAt,
        String signedBy,
        List<AddendumView> addenda,
        long version) {

    /** The value of one measure at this visit, or null when it was not taken. */
    public Integer measure(MeasureKind kind) {
        return measures.stream().filter(m -> m.kind() == kind).map(OutcomeMeasure::value).findFirst().orElse(null);
    }
}
