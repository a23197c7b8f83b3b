package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** A patient's balance, credit and billing history. */
@RequiresPermission(Permission.BILLING_VIEW)
public record GetPatientAccount(
        OrganizationId organizationId,
        PatientId patientId) implements OrganizationScoped {
}
