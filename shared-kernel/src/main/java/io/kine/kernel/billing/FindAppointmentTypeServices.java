package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** Every appointment type of the organization with the catalog service it is billed with, if any. */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindAppointmentTypeServices(OrganizationId organizationId) implements OrganizationScoped {
}
