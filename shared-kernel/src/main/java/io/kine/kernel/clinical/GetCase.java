package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One case of the organization; another organization's case is answered as absent. */
@RequiresPermission(Permission.CLINICAL_READ)
public record GetCase(OrganizationId organizationId, CaseId caseId) implements OrganizationScoped {
}
