package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/** The front desk's view of one day: per practitioner, how the day is going. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetDayOperations(
        OrganizationId organizationId,
        LocalDate day,
        LocationId locationId) implements OrganizationScoped {
}
