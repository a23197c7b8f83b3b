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

/** One invoice in full. */
public record InvoiceView(
        InvoiceSummary summary,
        String caseReference,
        Locale language,
        BilledItem billedItem,
        String notes,
        List<InvoiceLineView> lines,
        List<TaxLine> taxes,
        List<PaymentView> payments,
        List<ReminderView> reminders,
        CreditNoteView creditNote) {
}
