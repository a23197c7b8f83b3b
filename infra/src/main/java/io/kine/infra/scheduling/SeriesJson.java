package io.kine.infra.scheduling;

import io.kine.kernel.scheduling.AppointmentSeriesView;
import io.kine.kernel.scheduling.SkippedOccurrence;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of {@code /api/appointment-series}. */
final class SeriesJson {

    private SeriesJson() {
    }

    /**
     * A series to book: {@code start} is the first occurrence's wall-clock time at the location
     * ({@code 2030-01-07T09:00}; an offset is read as that instant), {@code recurrence} an RFC 5545
     * RRULE, {@code mode} {@code ALL_OR_NOTHING} (default) or {@code FREE_ONLY}.
     */
    record BookingRequest(UUID patientId, UUID practitionerId, UUID locationId, UUID roomId, UUID equipmentId,
            UUID appointmentTypeId, String start, Integer durationMinutes, String recurrence, String mode, String notes,
            String overrideReason) {
    }

    record CancelRequest(String scope, UUID appointmentId, String reason) {
    }

    record Skipped(String start, String end, UUID conflictingAppointmentId, String resource, UUID resourceId) {

        static Skipped of(SkippedOccurrence skipped) {
            return new Skipped(skipped.start().toString(), skipped.end().toString(),
                    skipped.conflictingAppointmentId().value(), skipped.resource(), skipped.resourceId());
        }
    }

    record SeriesResponse(UUID id, UUID patientId, UUID practitionerId, UUID locationId, UUID roomId, UUID equipmentId,
            UUID appointmentTypeId, String recurrence, LocalDateTime firstStart, long durationMinutes, String timeZone,
            String mode, String status, String cancellationReason, List<AppointmentJson.AppointmentResponse> occurrences,
            List<Skipped> skipped, long version) {

        static SeriesResponse of(AppointmentSeriesView v) {
            return new SeriesResponse(v.seriesId().value(), v.patientId().value(), v.practitionerId().value(),
                    v.locationId().value(), v.roomId() == null ? null : v.roomId().value(),
                    v.equipmentId() == null ? null : v.equipmentId().value(),
                    v.appointmentTypeId() == null ? null : v.appointmentTypeId().value(), v.rule(), v.firstStart(),
                    v.length().toMinutes(), v.timeZone(), v.mode().name(), v.status(), v.cancellationReason(),
                    v.occurrences().stream().map(AppointmentJson.AppointmentResponse::of).toList(),
                    v.skipped().stream().map(Skipped::of).toList(), v.version());
        }
    }
}
