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

/** Records that the reminder of dunning step {@code step} (sent {@code stepDays} days after the due date) goes out to {@code recipient}; refused once the invoice is paid or this step was sent. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record RecordPaymentReminder(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        int step,
        int stepDays,
        LocalDate asOf,
        String recipient) implements OrganizationScoped {
}
