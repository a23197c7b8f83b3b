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

/** Records money received for an issued invoice. The payment id comes from the client's idempotency key, so a retried request records it once. Money beyond what is due becomes the patient's credit. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record RecordPayment(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        PaymentId paymentId,
        Money amount,
        PaymentMethod method,
        String reference,
        LocalDate receivedOn) implements OrganizationScoped {
}
