package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** An exception to a practitioner's weekly hours (null location: at every location). */
@Revision("1")
public record WorkingHoursExceptionRecorded(
        WorkingHoursExceptionId exceptionId,
        OrganizationId organizationId,
        UserId practitionerId,
        LocationId locationId,
        ExceptionKind kind,
        DateRange days,
        List<LocalTimeRange> hours,
        String reason) {
}
