package io.kine.infra.billing;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentId;

/** Only a completed appointment of the caller's clinic can be billed. */
final class AppointmentNotBillable extends Rejection {

    AppointmentNotBillable(AppointmentId appointment) {
        super(Kind.CONFLICT, "appointment-not-billable", "billing.appointmentNotBillable",
                "Appointment " + appointment + " is not a completed appointment of this clinic");
    }
}
