package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The locations and practitioners the organization's dashboard can be filtered by. */
@RequiresPermission(Permission.REPORTS_VIEW)
public record GetReportFilters(OrganizationId organizationId) implements OrganizationScoped {
}
