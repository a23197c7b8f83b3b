package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/** Signed visits of a period (visit dates, inclusive) that neither they nor their appointment are billed yet. */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindBillableVisits(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to) implements OrganizationScoped {
}
