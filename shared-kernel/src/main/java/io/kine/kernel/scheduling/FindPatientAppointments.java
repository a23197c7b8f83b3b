package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;

/**
 * A patient's appointments in start order: with {@code upcoming}, only those ending after
 * {@code now} and still booked or confirmed; otherwise all, newest first. At most {@code limit}.
 */
@RequiresPermission(Permission.PATIENT_READ)
public record FindPatientAppointments(OrganizationId organizationId, PatientId patientId, boolean upcoming,
        Instant now, int limit) implements OrganizationScoped {
}
