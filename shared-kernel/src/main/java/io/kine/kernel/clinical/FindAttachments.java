package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The files attached to a case and to its visits. */
@RequiresPermission(Permission.CLINICAL_READ)
public record FindAttachments(OrganizationId organizationId, CaseId caseId) implements OrganizationScoped {
}
