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

/** An unpaid invoice past its due date, with what a reminder needs. */
public record RemindableInvoice(
        OrganizationId organizationId,
        InvoiceId invoiceId,
        PatientId patientId,
        String patientName,
        String patientEmail,
        String number,
        LocalDate dueOn,
        Money balanceDue,
        int lastStepSent,
        List<Integer> stepDays,
        Locale language) {
}
