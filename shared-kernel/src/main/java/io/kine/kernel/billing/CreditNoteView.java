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

/** The credit note that cancelled an invoice. */
public record CreditNoteView(
        CreditNoteId creditNoteId,
        String number,
        LocalDate issuedOn,
        String reason,
        Money net,
        Money tax,
        Money total,
        List<TaxLine> taxes) {
}
