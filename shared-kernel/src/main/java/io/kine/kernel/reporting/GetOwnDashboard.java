package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/**
 * A practitioner's own KPIs: the same figures as {@link GetDashboard}, always restricted to
 * the practitioner who asks (the actor of the message), so it needs no reports permission.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetOwnDashboard(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to,
        LocationId locationId,
        Granularity granularity) implements OrganizationScoped {
}
