package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** The catalog, by code; inactive items only when asked. */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindProducts(
        OrganizationId organizationId,
        boolean includeInactive) implements OrganizationScoped {
}
