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

/** Overdue money {@code fromDays} to {@code toDays} (null: no upper end) days past the due date. */
public record AgingBucket(
        String label,
        int fromDays,
        Integer toDays,
        Money amount,
        long invoices) {
}
