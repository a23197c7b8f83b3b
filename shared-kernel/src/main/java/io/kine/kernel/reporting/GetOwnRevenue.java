package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/**
 * A practitioner's own billing figures: invoices for their appointments and visits only,
 * always about the actor of the message, like {@link GetOwnDashboard}; optionally of one location.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetOwnRevenue(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to,
        LocationId locationId) implements OrganizationScoped {
}
