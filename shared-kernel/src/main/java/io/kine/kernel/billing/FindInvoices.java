package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** Invoices and drafts, newest first, filtered by status, issue (or draft) date, patient, and words of the patient's name; {@code pageSize} 0 means all (exports). */
@RequiresPermission(Permission.BILLING_VIEW)
public record FindInvoices(
        OrganizationId organizationId,
        InvoiceStatus status,
        LocalDate from,
        LocalDate to,
        PatientId patientId,
        String patientSearch,
        int page,
        int pageSize) implements OrganizationScoped {
}
