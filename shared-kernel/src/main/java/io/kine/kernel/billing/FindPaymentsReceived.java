package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** Payments received in a period (inclusive), for the accountant's export. */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindPaymentsReceived(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to) implements OrganizationScoped {
}
