package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** Completed appointments with the service their type bills and, once billed, the invoice. */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindBillableAppointments(
        OrganizationId organizationId,
        LocalDate from,
        LocalDate to) implements OrganizationScoped {
}
