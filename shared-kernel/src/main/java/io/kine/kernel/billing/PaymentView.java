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

/** A payment received for an invoice. */
public record PaymentView(
        PaymentId paymentId,
        InvoiceId invoiceId,
        String invoiceNumber,
        PatientId patientId,
        String patientName,
        Money amount,
        PaymentMethod method,
        String reference,
        LocalDate receivedOn,
        Money applied,
        Money excess) {
}
