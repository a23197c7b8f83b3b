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

/** Opens a draft invoice for a patient (optionally for one case of theirs), in the organization's currency; {@code billedItem} names the appointment or visit it bills, if any. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record DraftInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        OrganizationId organizationId,
        PatientId patientId,
        String caseReference,
        String currency,
        Locale language,
        BilledItem billedItem,
        String notes) implements OrganizationScoped {
}
