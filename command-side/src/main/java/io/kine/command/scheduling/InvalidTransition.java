package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentStatus;

/** The appointment's status does not allow this step (completing a cancelled visit, confirming a finished one). */
public final class InvalidTransition extends Rejection {

    public InvalidTransition(AppointmentId appointmentId, AppointmentStatus status, String step) {
        super(Kind.CONFLICT, "invalid-transition", "appointment.invalidTransition",
                "Appointment " + appointmentId + " is " + status + ": cannot " + step);
    }
}
