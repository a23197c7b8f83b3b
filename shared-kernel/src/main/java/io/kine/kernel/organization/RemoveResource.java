package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a resource out of its location; removing it twice is harmless. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record RemoveResource(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId,
        ResourceId resourceId) implements OrganizationScoped {
}
