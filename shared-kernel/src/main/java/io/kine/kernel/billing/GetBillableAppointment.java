package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** One completed appointment as it would be billed. */
@RequiresPermission(Permission.BILLING_VIEW)
public record GetBillableAppointment(
        OrganizationId organizationId,
        AppointmentId appointmentId) implements OrganizationScoped {
}
