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

/** A change to a patient's credit: ADDED, APPLIED or REFUNDED. */
public record CreditMovement(
        String kind,
        Instant occurredAt,
        Money amount,
        InvoiceId invoiceId,
        PaymentMethod method,
        String reference,
        Money creditAfter) {
}
