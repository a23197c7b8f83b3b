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

/** A credit note with its own number cancelled the invoice; {@code refundable} (what had been paid) became the patient's credit. */
@Revision("1")
public record InvoiceCredited(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        CreditNoteId creditNoteId,
        String number,
        int year,
        long sequence,
        LocalDate issuedOn,
        @PersonalData String reason,
        LineAmounts totals,
        List<TaxLine> taxes,
        Money refundable) {
}
