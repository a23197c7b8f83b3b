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

/** One patient's overdue money per bucket (same order as the report's buckets). */
public record AgingRow(
        PatientId patientId,
        String patientName,
        List<Money> amounts,
        Money total) {
}
