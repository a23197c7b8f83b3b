package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** The appointment was cancelled; {@code lateCancellation} when it was inside the clinic's window before the start. */
@Revision("1")
public record AppointmentCancelled(
        AppointmentId appointmentId,
        OrganizationId organizationId,
        String reason,
        boolean lateCancellation) {
}
