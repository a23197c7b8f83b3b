package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** A practitioner's whole weekly template at one location, as it now is. */
@Revision("1")
public record AppointmentWorkingHoursSet(
        WorkingHoursId workingHoursId,
        OrganizationId organizationId,
        UserId practitionerId,
        LocationId locationId,
        Map<DayOfWeek, List<LocalTimeRange>> week) {
}
