package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a location's name, address, phone and time zone. The same details again record nothing. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record UpdateLocation(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId,
        LocationDetails details) implements OrganizationScoped {
}
