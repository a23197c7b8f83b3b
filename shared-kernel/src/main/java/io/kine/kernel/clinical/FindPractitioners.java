package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The organization's active practitioners, by name: whom a case can be handed to. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record FindPractitioners(OrganizationId organizationId) implements OrganizationScoped {
}
