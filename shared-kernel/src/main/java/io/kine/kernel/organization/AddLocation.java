package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a location with its address and phone in one go: records {@link LocationOpened},
 * then {@link LocationDetailsChanged} when there is more than a name and a time zone.
 */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record AddLocation(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId,
        LocationDetails details) implements OrganizationScoped {
}
