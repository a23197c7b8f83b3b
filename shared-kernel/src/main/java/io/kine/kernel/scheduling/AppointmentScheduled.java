package io.kine.kernel.scheduling;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
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

/**
 * An appointment was booked; {@code overrideReason} says why it was allowed outside working hours
 * (null when inside); {@code seriesId} names the series it is an occurrence of (null when booked
 * on its own). Revision 2 added {@code seriesId}; revision 1 events are read with none.
 */
@Revision("2")
public record AppointmentScheduled(
        AppointmentId appointmentId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId,
        Instant start,
        Instant end,
        AppointmentTypeId appointmentTypeId,
        @PersonalData String notes,
        String overrideReason,
        SeriesId seriesId) {

    /** An appointment booked on its own, in no series. */
    public AppointmentScheduled(AppointmentId appointmentId, OrganizationId organizationId, PatientId patientId,
            UserId practitionerId, LocationId locationId, ResourceId roomId, ResourceId equipmentId, Instant start,
            Instant end, AppointmentTypeId appointmentTypeId, String notes, String overrideReason) {
        this(appointmentId, organizationId, patientId, practitionerId, locationId, roomId, equipmentId, start, end,
                appointmentTypeId, notes, overrideReason, null);
    }
}
