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

/** Overdue money on a date, in buckets 0-30, 31-60, 61-90 and 90+ days past due. */
public record AgingReport(
        LocalDate asOf,
        String currency,
        List<AgingBucket> buckets,
        List<AgingRow> patients) {
}
