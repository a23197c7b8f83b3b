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

/** A dunning reminder went out for an overdue invoice. */
@Revision("1")
public record PaymentReminderSent(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        int step,
        int stepDays,
        LocalDate sentOn,
        Money balanceDue,
        @PersonalData String recipient) {
}
