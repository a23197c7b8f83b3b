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

/** Adds money to a patient's credit; {@code sourceId} (the payment or credit note) makes it happen once. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record AddPatientCredit(
        @TargetAggregateIdentifier PatientAccountId accountId,
        OrganizationId organizationId,
        PatientId patientId,
        UUID sourceId,
        CreditSource source,
        InvoiceId invoiceId,
        Money amount) implements OrganizationScoped {
}
