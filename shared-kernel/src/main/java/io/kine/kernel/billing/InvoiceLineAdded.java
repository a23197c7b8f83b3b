package io.kine.kernel.billing;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A line was added to a draft, with what it comes to under the rounding rule. */
@Revision("1")
public record InvoiceLineAdded(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        UUID lineId,
        int position,
        ProductId productId,
        @PersonalData String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        Discount discount,
        LineAmounts amounts) {
}
