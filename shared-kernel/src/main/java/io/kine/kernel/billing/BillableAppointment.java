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

/**
 * A completed appointment and how it is billed: its type's service, and the invoice once billed,
 * either for the appointment itself or for the clinical visit started from it
 * ({@code billedThroughVisit}): one occasion of care is billed once.
 */
public record BillableAppointment(
        AppointmentId appointmentId,
        PatientId patientId,
        String patientName,
        Instant start,
        String typeName,
        ProductId productId,
        String productName,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        InvoiceId invoiceId,
        String invoiceNumber,
        boolean billedThroughVisit) {
}
