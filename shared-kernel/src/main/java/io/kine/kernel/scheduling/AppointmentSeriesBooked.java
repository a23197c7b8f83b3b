package io.kine.kernel.scheduling;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A series was booked: its RFC 5545 rule ({@code rule}, RRULE text), first wall-clock start
 * and time zone, the occurrences booked (each an appointment scheduled in the same transaction)
 * and those skipped because they were taken, with what took them.
 */
@Revision("1")
public record AppointmentSeriesBooked(
        SeriesId seriesId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId,
        AppointmentTypeId appointmentTypeId,
        @PersonalData String notes,
        String rule,
        LocalDateTime firstStart,
        Duration length,
        String timeZone,
        SeriesBookingMode mode,
        List<SeriesOccurrence> occurrences,
        List<SkippedOccurrence> skipped,
        String overrideReason) {
}
