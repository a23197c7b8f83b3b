package io.kine.infra.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentId;

/** A visit is started only for an arrived or completed appointment of the same patient. */
final class AppointmentNotVisitable extends Rejection {

    AppointmentNotVisitable(AppointmentId appointment) {
        super(Kind.CONFLICT, "appointment-not-visitable", "visit.appointmentNotVisitable",
                "Appointment " + appointment + " cannot have a visit");
    }
}
