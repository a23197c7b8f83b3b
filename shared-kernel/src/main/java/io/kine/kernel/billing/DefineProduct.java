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

/** Adds a service or product to the catalog; its code must be unique in the organization. Prices exclude tax. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record DefineProduct(
        @TargetAggregateIdentifier ProductId productId,
        OrganizationId organizationId,
        String code,
        String name,
        ProductKind kind,
        BigDecimal unitPrice,
        BigDecimal taxRate) implements OrganizationScoped {
}
