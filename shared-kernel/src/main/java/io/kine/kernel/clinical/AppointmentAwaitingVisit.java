package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.Instant;

/** A completed appointment of the patient that has no visit yet: the chart offers to start one. */
public record AppointmentAwaitingVisit(AppointmentId appointmentId, Instant start, UserId practitionerId,
        String practitionerName) {
}
