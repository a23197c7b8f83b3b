package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A series as booked and as it now stands: its occurrences (in every status) and those skipped at booking. */
public record AppointmentSeriesView(
        SeriesId seriesId,
        PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId,
        AppointmentTypeId appointmentTypeId,
        String rule,
        LocalDateTime firstStart,
        Duration length,
        String timeZone,
        SeriesBookingMode mode,
        String status,
        String cancellationReason,
        Instant bookedAt,
        List<AppointmentView> occurrences,
        List<SkippedOccurrence> skipped,
        long version) {
}
