package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names the catalog service that appointments of this type are billed with ({@code null}: none). */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record ChooseAppointmentTypeService(
        @TargetAggregateIdentifier AppointmentTypeId appointmentTypeId,
        OrganizationId organizationId,
        ProductId productId) implements OrganizationScoped {
}
