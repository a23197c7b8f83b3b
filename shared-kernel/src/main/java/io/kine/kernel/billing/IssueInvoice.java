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

/** Issues a draft: it gets the next number of its organization and year and can no longer change. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record IssueInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        LocalDate issuedOn,
        LocalDate dueOn) implements OrganizationScoped {
}
