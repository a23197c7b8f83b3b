package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** What is overdue on {@code asOf}, in buckets of days past the due date, in total and per patient. */
@RequiresPermission(Permission.BILLING_VIEW)
public record GetAgingReport(
        OrganizationId organizationId,
        LocalDate asOf) implements OrganizationScoped {
}
