package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;

/** A practitioner's weekly hours at a location; absent when none were ever set. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetWorkingHours(OrganizationId organizationId, UserId practitionerId, LocationId locationId)
        implements OrganizationScoped {
}
