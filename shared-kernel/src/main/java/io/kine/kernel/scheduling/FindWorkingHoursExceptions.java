package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/**
 * Exceptions touching the days {@code from} to {@code to} (included), of one practitioner or all,
 * at one location (those for every location included) or anywhere, in date order.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record FindWorkingHoursExceptions(OrganizationId organizationId, UserId practitionerId, LocationId locationId,
        LocalDate from, LocalDate to) implements OrganizationScoped {
}
