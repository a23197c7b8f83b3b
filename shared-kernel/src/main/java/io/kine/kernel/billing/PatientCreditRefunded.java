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

/** Some of the patient's credit was given back to them. */
@Revision("1")
public record PatientCreditRefunded(
        PatientAccountId accountId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        PaymentId refundId,
        Money amount,
        PaymentMethod method,
        @PersonalData String reference,
        LocalDate refundedOn,
        Money creditAfter) {
}
