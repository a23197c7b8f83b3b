package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;

/** The organization's appointment types by name. Any member may ask: they colour the calendar. */
public record FindAppointmentTypes(OrganizationId organizationId) implements OrganizationScoped {
}
