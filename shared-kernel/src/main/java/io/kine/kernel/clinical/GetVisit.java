package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One visit with its latest note, measures and addenda. */
@RequiresPermission(Permission.CLINICAL_READ)
public record GetVisit(OrganizationId organizationId, VisitId visitId) implements OrganizationScoped {
}
