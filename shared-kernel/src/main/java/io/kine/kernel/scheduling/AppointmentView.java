package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.Instant;

/** A calendar entry with the names and the location's time zone it is shown in; {@code seriesId} when it is an occurrence of a series. */
public record AppointmentView(
        AppointmentId appointmentId,
        PatientId patientId,
        String patientName,
        UserId practitionerId,
        String practitionerName,
        LocationId locationId,
        String timeZone,
        ResourceId roomId,
        ResourceId equipmentId,
        Instant start,
        Instant end,
        AppointmentStatus status,
        AppointmentTypeId appointmentTypeId,
        String typeName,
        String colour,
        String notes,
        String cancellationReason,
        boolean lateCancellation,
        String overrideReason,
        SeriesId seriesId,
        long version) {
}
