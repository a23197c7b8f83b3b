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

/** Money became the patient's credit, from an overpayment or a credited invoice. */
@Revision("1")
public record PatientCreditAdded(
        PatientAccountId accountId,
        OrganizationId organizationId,
        PatientId patientId,
        UUID sourceId,
        CreditSource source,
        InvoiceId invoiceId,
        Money amount,
        Money creditAfter) {
}
