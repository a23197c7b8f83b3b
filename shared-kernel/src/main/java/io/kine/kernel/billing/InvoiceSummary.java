package io.kine.kernel.billing;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One row of the invoice list. */
public record InvoiceSummary(
        InvoiceId invoiceId,
        String number,
        PatientId patientId,
        String patientName,
        InvoiceStatus status,
        LocalDate issuedOn,
        LocalDate dueOn,
        Money net,
        Money tax,
        Money total,
        Money paid,
        Money balanceDue,
        String creditNoteNumber,
        Instant draftedAt,
        long version) {
}
