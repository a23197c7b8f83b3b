package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a location: it stays in the history but takes no more changes. Repeating it is harmless. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record CloseLocation(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId) implements OrganizationScoped {
}
