package io.kine.infra.scheduling;

import io.kine.kernel.scheduling.AppointmentView;
import java.time.Instant;
import java.util.UUID;

/** The JSON shapes of {@code /api/appointments}. */
final class AppointmentJson {

    private AppointmentJson() {
    }

    record BookingRequest(UUID patientId, UUID practitionerId, UUID locationId, UUID roomId, UUID equipmentId,
            Instant start, Instant end, UUID appointmentTypeId, String notes, String overrideReason) {
    }

    record CancelRequest(String reason) {
    }

    record AppointmentResponse(UUID id, UUID patientId, String patientName, UUID practitionerId,
            String practitionerName, UUID locationId, String timeZone, UUID roomId, UUID equipmentId, Instant start,
            Instant end, String status, UUID appointmentTypeId, String typeName, String colour, String notes,
            String cancellationReason, boolean lateCancellation, String overrideReason, UUID seriesId, long version) {

        static AppointmentResponse of(AppointmentView v) {
            return new AppointmentResponse(v.appointmentId().value(), v.patientId().value(), v.patientName(),
                    v.practitionerId().value(), v.practitionerName(), v.locationId().value(), v.timeZone(),
                    v.roomId() == null ? null : v.roomId().value(),
                    v.equipmentId() == null ? null : v.equipmentId().value(), v.start(), v.end(), v.status().name(),
                    v.appointmentTypeId() == null ? null : v.appointmentTypeId().value(), v.typeName(), v.colour(),
                    v.notes(), v.cancellationReason(), v.lateCancellation(), v.overrideReason(),
                    v.seriesId() == null ? null : v.seriesId().value(), v.version());
        }
    }
}
