package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person can no longer log in; their history stays. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record DeactivateUser(@TargetAggregateIdentifier UserId userId, OrganizationId organizationId)
        implements OrganizationScoped {
}
