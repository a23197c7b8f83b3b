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

/** Cancels an issued invoice by a credit note with its own number that references it; what was already paid becomes the patient's credit. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record CreditInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        CreditNoteId creditNoteId,
        LocalDate issuedOn,
        String reason) implements OrganizationScoped {
}
