package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a room or a piece of equipment to a location; names are unique within the location. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record AddResource(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId,
        ResourceId resourceId,
        ResourceKind kind,
        String name) implements OrganizationScoped {
}
