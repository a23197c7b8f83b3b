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

/** Some of the patient's credit paid an invoice (the invoice records it as a CREDIT payment). */
@Revision("1")
public record PatientCreditApplied(
        PatientAccountId accountId,
        OrganizationId organizationId,
        PatientId patientId,
        PaymentId applicationId,
        InvoiceId invoiceId,
        Money amount,
        Money creditAfter) {
}
