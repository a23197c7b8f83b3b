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

/** Money was received for an invoice: {@code applied} settles it, {@code excess} went to the patient's credit. */
@Revision("1")
public record PaymentRecorded(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        PaymentId paymentId,
        Money amount,
        PaymentMethod method,
        @PersonalData String reference,
        LocalDate receivedOn,
        Money applied,
        Money excess,
        Money balanceDue) {
}
