package io.kine.kernel.reporting;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The locations and practitioners a dashboard can be filtered by. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetReportFilters(OrganizationId organizationId) implements OrganizationScoped {
}
