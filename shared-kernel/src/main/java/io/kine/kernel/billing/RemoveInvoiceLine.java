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

/** Takes a line off a draft. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record RemoveInvoiceLine(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        UUID lineId) implements OrganizationScoped {
}
