package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** Invoices and drafts, newest first, filtered by status, issue (or draft) date and patient; {@code pageSize} 0 means all (exports). */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindInvoices(
        OrganizationId organizationId,
        InvoiceStatus status,
        LocalDate from,
        LocalDate to,
        PatientId patientId,
        int page,
        int pageSize) implements OrganizationScoped {
}
