package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;

/** One invoice with its lines, tax breakdown, payments, reminders and credit note. */
@RequiresPermission(Permission.BILLING_VIEW)
public record GetInvoice(
        OrganizationId organizationId,
        InvoiceId invoiceId) implements OrganizationScoped {
}
