package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/**
 * What decides when practitioners are free at a location over the days {@code from} to
 * {@code to}: one practitioner, or (null) every active practitioner with weekly hours there.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record FindPractitionerAvailability(OrganizationId organizationId, LocationId locationId, UserId practitionerId,
        LocalDate from, LocalDate to) implements OrganizationScoped {
}
