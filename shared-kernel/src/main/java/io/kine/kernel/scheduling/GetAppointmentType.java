package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;

/** One appointment type of the organization. */
public record GetAppointmentType(OrganizationId organizationId, AppointmentTypeId appointmentTypeId)
        implements OrganizationScoped {
}
