package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One appointment; another organization's is answered as absent. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetAppointment(OrganizationId organizationId, AppointmentId appointmentId) implements OrganizationScoped {
}
