package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentTypeId;

/** No such appointment type in the caller's organization. */
public final class AppointmentTypeNotFound extends Rejection {

    public AppointmentTypeNotFound(AppointmentTypeId appointmentTypeId) {
        super(Kind.NOT_FOUND, "appointment-type-not-found", "appointment.type.notFound",
                "No appointment type " + appointmentTypeId);
    }
}
