package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;

/** One account of the organization; another organization's account is answered as absent. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record GetStaffMember(OrganizationId organizationId, UserId userId) implements OrganizationScoped {
}
