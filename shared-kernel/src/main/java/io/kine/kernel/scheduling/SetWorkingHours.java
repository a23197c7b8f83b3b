package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a practitioner's weekly working hours at a location; a day absent from the map is not worked. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record SetWorkingHours(
        @TargetAggregateIdentifier WorkingHoursId workingHoursId,
        OrganizationId organizationId,
        UserId practitionerId,
        LocationId locationId,
        Map<DayOfWeek, List<LocalTimeRange>> week) implements OrganizationScoped {
}
