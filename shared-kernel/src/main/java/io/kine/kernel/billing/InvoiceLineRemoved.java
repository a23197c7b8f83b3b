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

/** A line was taken off a draft. */
@Revision("1")
public record InvoiceLineRemoved(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        PatientId patientId,
        UUID lineId) {
}
