package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import java.time.Instant;

/** The calendar: appointments overlapping [from, to), optionally of one practitioner, location or room. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record FindAppointments(
        OrganizationId organizationId,
        Instant from,
        Instant to,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId) implements OrganizationScoped {
}
