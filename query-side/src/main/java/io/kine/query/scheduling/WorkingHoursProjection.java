package io.kine.query.scheduling;

import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.working_hours} and its ranges in step. The header row carries the
 * version: only when it moved forward are the ranges replaced, so replays change nothing.
 */
@Component
@ProcessingGroup("working-hours")
class WorkingHoursProjection {

    private final JdbcClient jdbc;

    WorkingHoursProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AppointmentWorkingHoursSet event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        int moved = jdbc.sql("""
                INSERT INTO read_model.working_hours (working_hours_id, organization_id, practitioner_id, location_id,
                    updated_at, version)
                VALUES (:id, :organizationId, :practitionerId, :locationId, :at, :version)
                ON CONFLICT (working_hours_id) DO UPDATE SET updated_at = EXCLUDED.updated_at, version = EXCLUDED.version
                WHERE read_model.working_hours.version < EXCLUDED.version
                """)
                .param("id", event.workingHoursId().value())
                .param("organizationId", event.organizationId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("locationId", event.locationId().value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
        if (moved == 0) {
            return;
        }
        jdbc.sql("DELETE FROM read_model.working_hours_range WHERE working_hours_id = :id")
                .param("id", event.workingHoursId().value()).update();
        event.week().forEach((day, ranges) -> ranges.forEach(range -> jdbc.sql("""
                INSERT INTO read_model.working_hours_range (working_hours_id, day_of_week, starts_at, ends_at)
                VALUES (:id, :day, :start, :end)
                """)
                .param("id", event.workingHoursId().value())
                .param("day", day.getValue())
                .param("start", Time.valueOf(range.start()))
                .param("end", Time.valueOf(range.end()))
                .update()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.working_hours, read_model.working_hours_range").update();
    }
}
