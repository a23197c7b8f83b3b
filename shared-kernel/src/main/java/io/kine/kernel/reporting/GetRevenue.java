package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/** The organization's billing figures over local days [from, to], optionally of one practitioner. */
@RequiresPermission(Permission.REPORTS_VIEW)
public record GetRevenue(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to,
        UserId practitionerId) implements OrganizationScoped {
}
