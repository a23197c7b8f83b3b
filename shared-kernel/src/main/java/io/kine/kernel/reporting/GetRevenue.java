package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/**
 * The organization's billing figures over local days [from, to], optionally of one location
 * (invoices of appointments there, or of visits of appointments there) and of one practitioner.
 */
@RequiresPermission(Permission.REPORTS_VIEW)
public record GetRevenue(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to,
        LocationId locationId,
        UserId practitionerId) implements OrganizationScoped {
}
