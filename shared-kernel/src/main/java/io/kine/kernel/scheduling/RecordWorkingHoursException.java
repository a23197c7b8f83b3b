package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an exception to a practitioner's weekly hours over {@code days}, at one location or,
 * with a null {@code locationId}, at all of them: time off (whole days, or only {@code hours}),
 * a holiday (whole days), or changed hours ({@code hours} replace the weekly ones).
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record RecordWorkingHoursException(
        @TargetAggregateIdentifier WorkingHoursExceptionId exceptionId,
        OrganizationId organizationId,
        UserId practitionerId,
        LocationId locationId,
        ExceptionKind kind,
        DateRange days,
        List<LocalTimeRange> hours,
        String reason) implements OrganizationScoped {
}
