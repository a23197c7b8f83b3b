package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The visits of a case with their latest note and measures, oldest first. */
@RequiresPermission(Permission.CLINICAL_READ)
public record FindCaseVisits(OrganizationId organizationId, CaseId caseId) implements OrganizationScoped {
}
