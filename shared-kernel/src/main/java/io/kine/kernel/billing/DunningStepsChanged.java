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

/** The organization's reminder steps, in days after the due date, from then on. */
@Revision("1")
public record DunningStepsChanged(
        BillingSettingsId settingsId,
        OrganizationId organizationId,
        List<Integer> stepDays) {
}
