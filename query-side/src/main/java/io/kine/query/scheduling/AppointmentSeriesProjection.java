package io.kine.query.scheduling;

import io.kine.kernel.scheduling.AppointmentSeriesBooked;
import io.kine.kernel.scheduling.AppointmentSeriesCancelled;
import io.kine.kernel.scheduling.AppointmentSeriesChanged;
import io.kine.kernel.scheduling.SeriesScope;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.appointment_series} and its skipped occurrences in step. The
 * occurrences themselves are appointments, projected by {@link AppointmentProjection}. Writes
 * are guarded by the series' sequence number, so replays change nothing.
 */
@Component
@ProcessingGroup("appointment-series")
class AppointmentSeriesProjection {

    private final JdbcClient jdbc;

    AppointmentSeriesProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentSeriesBooked event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        int inserted = jdbc.sql("""
                INSERT INTO read_model.appointment_series (series_id, organization_id, patient_id, practitioner_id,
                    location_id, room_id, equipment_id, appointment_type_id, rule, first_start, duration_minutes,
                    time_zone, booking_mode, status, occurrence_count, skipped_count, override_reason, booked_at,
                    updated_at, version)
                VALUES (:id, :organizationId, :patientId, :practitionerId, :locationId, :roomId, :equipmentId, :typeId,
                    :rule, :firstStart, :minutes, :zone, :mode, 'ACTIVE', :occurrences, :skipped, :override, :at, :at,
                    :version)
                ON CONFLICT (series_id) DO NOTHING
                """)
                .param("id", event.seriesId().value())
                .param("organizationId", event.organizationId().value())
                .param("patientId", event.patientId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("locationId", event.locationId().value())
                .param("roomId", event.roomId() == null ? null : event.roomId().value())
                .param("equipmentId", event.equipmentId() == null ? null : event.equipmentId().value())
                .param("typeId", event.appointmentTypeId() == null ? null : event.appointmentTypeId().value())
                .param("rule", event.rule())
                .param("firstStart", Timestamp.valueOf(event.firstStart()))
                .param("minutes", (int) event.length().toMinutes())
                .param("zone", event.timeZone())
                .param("mode", event.mode().name())
                .param("occurrences", event.occurrences().size())
                .param("skipped", event.skipped().size())
                .param("override", event.overrideReason())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
        if (inserted == 0) {
            return;
        }
        event.skipped().forEach(skipped -> jdbc.sql("""
                INSERT INTO read_model.appointment_series_skipped (series_id, starts_at, ends_at,
                    conflicting_appointment_id, resource_kind, resource_id)
                VALUES (:id, :start, :end, :conflict, :kind, :resource)
                """)
                .param("id", event.seriesId().value())
                .param("start", Timestamp.from(skipped.start()))
                .param("end", Timestamp.from(skipped.end()))
                .param("conflict", skipped.conflictingAppointmentId().value())
                .param("kind", skipped.resource())
                .param("resource", skipped.resourceId())
                .update());
    }

    @EventHandler
    void on(AppointmentSeriesCancelled event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        String status = switch (event.scope()) {
            case ONE -> "status";
            case FOLLOWING -> "'ENDED'";
            case ALL -> "'CANCELLED'";
        };
        jdbc.sql("UPDATE read_model.appointment_series SET status = " + status + ", cancellation_reason = :reason,"
                        + " updated_at = :at, version = :version WHERE series_id = :id AND version < :version")
                .param("id", event.seriesId().value())
                .param("reason", event.reason())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    /** A change of this and following, or of all, sets what the occurrences to come are booked with. */
    @EventHandler
    void on(AppointmentSeriesChanged event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        boolean ahead = event.scope() != SeriesScope.ONE;
        jdbc.sql("""
                UPDATE read_model.appointment_series SET
                    practitioner_id = CASE WHEN :ahead THEN :practitionerId ELSE practitioner_id END,
                    room_id = CASE WHEN :ahead THEN :roomId ELSE room_id END,
                    equipment_id = CASE WHEN :ahead THEN :equipmentId ELSE equipment_id END,
                    duration_minutes = CASE WHEN :ahead THEN :minutes ELSE duration_minutes END,
                    updated_at = :at, version = :version
                WHERE series_id = :id AND version < :version
                """)
                .param("id", event.seriesId().value())
                .param("ahead", ahead)
                .param("practitionerId", event.practitionerId().value())
                .param("roomId", event.roomId() == null ? null : event.roomId().value(), java.sql.Types.OTHER)
                .param("equipmentId", event.equipmentId() == null ? null : event.equipmentId().value(), java.sql.Types.OTHER)
                .param("minutes", (int) event.length().toMinutes())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.appointment_series, read_model.appointment_series_skipped").update();
    }
}
