package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One visit of the organization as it would be billed; empty when the visit is not the organization's. */
@RequiresPermission(Permission.BILLING_VIEW)
public record GetBillableVisit(
        OrganizationId organizationId,
        VisitId visitId) implements OrganizationScoped {
}
