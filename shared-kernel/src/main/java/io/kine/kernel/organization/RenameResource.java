package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

@RequiresPermission(Permission.SETTINGS_MANAGE)
public record RenameResource(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId,
        ResourceId resourceId,
        String name) implements OrganizationScoped {
}
