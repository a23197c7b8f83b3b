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

/** The invoice got its number and became final: its totals and tax breakdown as printed. */
@Revision("1")
public record InvoiceIssued(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        PatientId patientId,
        String number,
        int year,
        long sequence,
        LocalDate issuedOn,
        LocalDate dueOn,
        LineAmounts totals,
        List<TaxLine> taxes) {
}
