package io.kine.kernel.billing;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a catalog item's settings; invoices already written keep the prices they had. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record ChangeProduct(
        @TargetAggregateIdentifier ProductId productId,
        OrganizationId organizationId,
        String code,
        String name,
        ProductKind kind,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        boolean active) implements OrganizationScoped {
}
