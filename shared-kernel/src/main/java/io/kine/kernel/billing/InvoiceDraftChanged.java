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

/** A draft's case reference, language and notes as they are from then on. */
@Revision("1")
public record InvoiceDraftChanged(
        InvoiceId invoiceId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        @PersonalData String caseReference,
        Locale language,
        @PersonalData String notes) {
}
