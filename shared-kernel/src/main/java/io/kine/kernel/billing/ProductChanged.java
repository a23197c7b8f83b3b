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

/** A catalog item's settings as they are from then on. */
@Revision("1")
public record ProductChanged(
        ProductId productId,
        OrganizationId organizationId,
        String code,
        String name,
        ProductKind kind,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        boolean active) {
}
