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

/** Reminder steps in days after the due date; {@code version} -1 while the defaults apply. */
public record DunningStepsView(
        List<Integer> stepDays,
        long version) {
}
