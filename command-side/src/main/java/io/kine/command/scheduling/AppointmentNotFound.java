package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentId;

/** No such appointment in the caller's organization (another clinic's looks the same). */
public final class AppointmentNotFound extends Rejection {

    public AppointmentNotFound(AppointmentId appointmentId) {
        super(Kind.NOT_FOUND, "appointment-not-found", "appointment.notFound", "No appointment " + appointmentId);
    }
}
