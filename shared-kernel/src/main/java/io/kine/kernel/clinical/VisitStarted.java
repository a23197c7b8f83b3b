package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A visit began under a case, for an appointment or not; its note is an empty draft. */
@Revision("1")
public record VisitStarted(
        VisitId visitId,
        CaseId caseId,
        OrganizationId organizationId,
        PatientId patientId,
        UserId practitionerId,
        LocalDate visitedOn,
        AppointmentId appointmentId) {
}
