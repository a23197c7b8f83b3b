package io.kine.query.scheduling;

import io.kine.kernel.scheduling.AppointmentTypeChanged;
import io.kine.kernel.scheduling.AppointmentTypeDefined;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code read_model.appointment_type} in step; writes guarded by sequence number. */
@Component
@ProcessingGroup("appointment-type")
class AppointmentTypeProjection {

    private final JdbcClient jdbc;

    AppointmentTypeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentTypeDefined event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO read_model.appointment_type (appointment_type_id, organization_id, name, duration_minutes,
                    colour, defined_at, updated_at, version)
                VALUES (:id, :organizationId, :name, :duration, :colour, :at, :at, :version)
                ON CONFLICT (appointment_type_id) DO NOTHING
                """)
                .param("id", event.appointmentTypeId().value())
                .param("organizationId", event.organizationId().value())
                .param("name", event.name())
                .param("duration", event.durationMinutes())
                .param("colour", event.colour())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(AppointmentTypeChanged event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                UPDATE read_model.appointment_type SET name = :name, duration_minutes = :duration, colour = :colour,
                    updated_at = :at, version = :version
                WHERE appointment_type_id = :id AND version < :version
                """)
                .param("id", event.appointmentTypeId().value())
                .param("name", event.name())
                .param("duration", event.durationMinutes())
                .param("colour", event.colour())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.appointment_type").update();
    }
}
