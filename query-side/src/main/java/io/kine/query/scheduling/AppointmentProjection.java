package io.kine.query.scheduling;

import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientErased;
import io.kine.kernel.scheduling.AppointmentArrived;
import io.kine.kernel.scheduling.AppointmentCancelled;
import io.kine.kernel.scheduling.AppointmentCompleted;
import io.kine.kernel.scheduling.AppointmentConfirmed;
import io.kine.kernel.scheduling.AppointmentMarkedNoShow;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import io.kine.kernel.scheduling.AppointmentReassigned;
import io.kine.kernel.scheduling.AppointmentRescheduled;
import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.appointment} in step with the appointments' events. Names are not
 * copied here: queries join the patient and staff tables, so a renamed patient shows at once.
 * Every update is guarded by the event's sequence number, so replays change nothing.
 */
@Component
@ProcessingGroup("appointment")
class AppointmentProjection {

    private final JdbcClient jdbc;

    AppointmentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentScheduled event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO read_model.appointment (appointment_id, organization_id, patient_id, practitioner_id,
                    location_id, room_id, equipment_id, starts_at, ends_at, status, appointment_type_id, notes,
                    override_reason, series_id, scheduled_at, updated_at, version)
                VALUES (:id, :organizationId, :patientId, :practitionerId, :locationId, :roomId, :equipmentId,
                    :start, :end, 'BOOKED', :typeId, :notes, :override, :seriesId, :at, :at, :version)
                ON CONFLICT (appointment_id) DO NOTHING
                """)
                .param("id", event.appointmentId().value())
                .param("organizationId", event.organizationId().value())
                .param("patientId", event.patientId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("locationId", event.locationId().value())
                .param("roomId", uuid(event.roomId()))
                .param("equipmentId", uuid(event.equipmentId()))
                .param("start", Timestamp.from(event.start()))
                .param("end", Timestamp.from(event.end()))
                .param("typeId", event.appointmentTypeId() == null ? null : event.appointmentTypeId().value())
                .param("notes", event.notes())
                .param("override", event.overrideReason())
                .param("seriesId", event.seriesId() == null ? null : event.seriesId().value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(AppointmentConfirmed event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(), "status = 'CONFIRMED'", version, occurredAt, null);
    }

    @EventHandler
    void on(AppointmentArrived event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(), "status = 'ARRIVED'", version, occurredAt, null);
    }

    @EventHandler
    void on(AppointmentCompleted event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(), "status = 'COMPLETED'", version, occurredAt, null);
    }

    @EventHandler
    void on(AppointmentMarkedNoShow event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(), "status = '" + AppointmentStatus.NO_SHOW + "'", version, occurredAt, null);
    }

    @EventHandler
    void on(AppointmentCancelled event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(),
                "status = 'CANCELLED', cancellation_reason = :reason, late_cancellation = :late", version, occurredAt,
                spec -> spec.param("reason", event.reason()).param("late", event.lateCancellation()));
    }

    @EventHandler
    void on(AppointmentRescheduled event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(), "starts_at = :start, ends_at = :end, override_reason = :override",
                version, occurredAt, spec -> spec.param("start", Timestamp.from(event.start()))
                        .param("end", Timestamp.from(event.end())).param("override", event.overrideReason()));
    }

    @EventHandler
    void on(AppointmentReassigned event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(),
                "practitioner_id = :practitionerId, room_id = :roomId, equipment_id = :equipmentId, override_reason = :override",
                version, occurredAt, spec -> spec.param("practitionerId", event.practitionerId().value())
                        .param("roomId", uuid(event.roomId())).param("equipmentId", uuid(event.equipmentId()))
                        .param("override", event.overrideReason()));
    }

    @EventHandler
    void on(AppointmentNotesChanged event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        update(event.appointmentId().value(), "notes = :notes", version, occurredAt,
                spec -> spec.param("notes", event.notes()));
    }

    /** The patient was erased: their appointments' notes (personal free text) read "[erased]" too. */
    @EventHandler
    void on(PatientErased event) {
        jdbc.sql("UPDATE read_model.appointment SET notes = '[erased]' WHERE patient_id = :patient AND notes IS NOT NULL")
                .param("patient", event.patientId().value()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.appointment").update();
    }

    /** Applies {@code assignments} (fixed SQL of this class, never input) when the row is older than the event. */
    private void update(UUID appointmentId, String assignments, long version, Instant occurredAt,
            java.util.function.UnaryOperator<JdbcClient.StatementSpec> parameters) {
        JdbcClient.StatementSpec spec = jdbc.sql("UPDATE read_model.appointment SET " + assignments
                        + ", updated_at = :at, version = :version WHERE appointment_id = :id AND version < :version")
                .param("id", appointmentId)
                .param("at", Timestamp.from(occurredAt))
                .param("version", version);
        (parameters == null ? spec : parameters.apply(spec)).update();
    }

    private static UUID uuid(ResourceId resource) {
        return resource == null ? null : resource.value();
    }
}
