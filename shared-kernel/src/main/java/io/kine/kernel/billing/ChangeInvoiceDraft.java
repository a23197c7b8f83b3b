package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a draft's case reference, language and notes. Issued invoices are never changed. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record ChangeInvoiceDraft(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        String caseReference,
        Locale language,
        String notes) implements OrganizationScoped {
}
