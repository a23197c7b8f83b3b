package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;

/** Everyone with an account in the organization, invited or active or not, by display name. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record FindStaffMembers(OrganizationId organizationId) implements OrganizationScoped {
}
