package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a clinic location; its time zone is the one calendars of that location render in. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record OpenLocation(
        @TargetAggregateIdentifier OrganizationId organizationId,
        LocationId locationId,
        String name,
        ZoneId timeZone) implements OrganizationScoped {
}
