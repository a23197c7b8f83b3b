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

/** A patient's account: what was invoiced, paid and is still due, their credit, and the history. */
public record PatientAccountView(
        PatientId patientId,
        String patientName,
        String currency,
        Money invoiced,
        Money paid,
        Money balanceDue,
        Money credit,
        List<InvoiceSummary> invoices,
        List<PaymentView> payments,
        List<CreditMovement> creditMovements) {
}
