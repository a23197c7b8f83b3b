package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentId;

/** Nobody can have missed an appointment that has not begun. */
public final class NoShowBeforeStart extends Rejection {

    public NoShowBeforeStart(AppointmentId appointmentId) {
        super(Kind.CONFLICT, "no-show-before-start", "appointment.noShowBeforeStart",
                "Appointment " + appointmentId + " has not started");
    }
}
