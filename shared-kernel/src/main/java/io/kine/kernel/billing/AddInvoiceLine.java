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

/** Adds a line to a draft, from the catalog ({@code productId} with its description and prices as sent) or free text. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record AddInvoiceLine(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        UUID lineId,
        ProductId productId,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        Discount discount) implements OrganizationScoped {
}
