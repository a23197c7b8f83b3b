package io.kine.query.scheduling;

import io.kine.kernel.scheduling.WorkingHoursExceptionRecorded;
import io.kine.kernel.scheduling.WorkingHoursExceptionWithdrawn;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code read_model.working_hours_exception} and its hours in step; writes guarded by sequence number. */
@Component
@ProcessingGroup("working-hours-exception")
class WorkingHoursExceptionProjection {

    private final JdbcClient jdbc;

    WorkingHoursExceptionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(WorkingHoursExceptionRecorded event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        int inserted = jdbc.sql("""
                INSERT INTO read_model.working_hours_exception (exception_id, organization_id, practitioner_id,
                    location_id, kind, first_day, last_day, reason, recorded_at, updated_at, version)
                VALUES (:id, :organizationId, :practitionerId, :locationId, :kind, :first, :last, :reason, :at, :at,
                    :version)
                ON CONFLICT (exception_id) DO NOTHING
                """)
                .param("id", event.exceptionId().value())
                .param("organizationId", event.organizationId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("locationId", event.locationId() == null ? null : event.locationId().value())
                .param("kind", event.kind().name())
                .param("first", Date.valueOf(event.days().first()))
                .param("last", Date.valueOf(event.days().last()))
                .param("reason", event.reason())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
        if (inserted == 0) {
            return;
        }
        event.hours().forEach(range -> jdbc.sql("""
                INSERT INTO read_model.working_hours_exception_range (exception_id, starts_at, ends_at)
                VALUES (:id, :start, :end)
                """)
                .param("id", event.exceptionId().value())
                .param("start", Time.valueOf(range.start()))
                .param("end", Time.valueOf(range.end()))
                .update());
    }

    @EventHandler
    void on(WorkingHoursExceptionWithdrawn event, @SequenceNumber long version,
            @org.axonframework.eventhandling.Timestamp Instant occurredAt) {
        jdbc.sql("""
                UPDATE read_model.working_hours_exception SET withdrawn = TRUE, updated_at = :at, version = :version
                WHERE exception_id = :id AND version < :version
                """)
                .param("id", event.exceptionId().value())
                .param("at", Timestamp.from(occurredAt))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.working_hours_exception, read_model.working_hours_exception_range").update();
    }
}
