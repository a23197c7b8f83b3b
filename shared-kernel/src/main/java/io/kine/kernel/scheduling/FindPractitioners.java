package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The active practitioners appointments can be booked with, by name: the calendar's columns and choices. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record FindPractitioners(OrganizationId organizationId) implements OrganizationScoped {
}
