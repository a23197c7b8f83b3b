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

/** Gives some of a patient's credit back to them; refused beyond the credit available. */
@RequiresPermission(Permission.BILLING_MANAGE)
public record RefundPatientCredit(
        @TargetAggregateIdentifier PatientAccountId accountId,
        OrganizationId organizationId,
        PatientId patientId,
        PaymentId refundId,
        Money amount,
        PaymentMethod method,
        String reference,
        LocalDate refundedOn) implements OrganizationScoped {
}
