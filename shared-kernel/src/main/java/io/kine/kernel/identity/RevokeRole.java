package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

@RequiresPermission(Permission.STAFF_MANAGE)
public record RevokeRole(@TargetAggregateIdentifier UserId userId, OrganizationId organizationId, Role role)
        implements OrganizationScoped {
}
