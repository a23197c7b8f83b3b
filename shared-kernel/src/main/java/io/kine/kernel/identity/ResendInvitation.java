package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sends a pending invitation again, with a new link; the previous link stops working. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record ResendInvitation(@TargetAggregateIdentifier UserId userId, OrganizationId organizationId)
        implements OrganizationScoped {
}
