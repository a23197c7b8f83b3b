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

/** A catalog item as the read model holds it. */
public record ProductView(
        ProductId productId,
        String code,
        String name,
        ProductKind kind,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        boolean active,
        long version) {
}
