package io.kine.query.reporting;

import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import io.kine.kernel.scheduling.LocalTimeRange;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The KPI projection's own facts: location zones, appointments and working hours, each write version-guarded. */
final class KpiFacts {

    record Fact(UUID appointmentId, UUID organizationId, UUID patientId, UUID practitionerId, UUID locationId,
            LocalDate day) {

        boolean sameCell(Fact other) {
            return practitionerId.equals(other.practitionerId) && locationId.equals(other.locationId)
                    && day.equals(other.day);
        }
    }

    private final JdbcClient jdbc;

    KpiFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void locationZone(UUID organizationId, UUID locationId, ZoneId zone, long version) {
        jdbc.sql("""
                INSERT INTO read_model.kpi_location (location_id, organization_id, time_zone, version)
                VALUES (:locationId, :organizationId, :zone, :version)
                ON CONFLICT (location_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, version = EXCLUDED.version
                WHERE read_model.kpi_location.version < EXCLUDED.version
                """)
                .param("locationId", locationId).param("organizationId", organizationId)
                .param("zone", zone.getId()).param("version", version)
                .update();
    }

    ZoneId zone(UUID locationId) {
        return KpiProjection.utcWhenUnknown(jdbc.sql("SELECT time_zone FROM read_model.kpi_location WHERE location_id = :id")
                .param("id", locationId).query(String.class).optional().orElse(null));
    }

    boolean scheduled(AppointmentScheduled event, long version) {
        ZoneId zone = zone(event.locationId().value());
        return jdbc.sql("""
                INSERT INTO read_model.kpi_appointment (appointment_id, organization_id, patient_id, practitioner_id,
                    location_id, day, starts_at, minutes, status, version)
                VALUES (:id, :organizationId, :patientId, :practitionerId, :locationId, :day, :start, :minutes,
                    'BOOKED', :version)
                ON CONFLICT (appointment_id) DO NOTHING
                """)
                .param("id", event.appointmentId().value())
                .param("organizationId", event.organizationId().value())
                .param("patientId", event.patientId().value())
                .param("practitionerId", event.practitionerId().value())
                .param("locationId", event.locationId().value())
                .param("day", event.start().atZone(zone).toLocalDate())
                .param("start", Timestamp.from(event.start()))
                .param("minutes", minutes(event.start(), event.end()))
                .param("version", version)
                .update() == 1;
    }

    boolean status(UUID appointmentId, String status, boolean late, long version) {
        return jdbc.sql("""
                UPDATE read_model.kpi_appointment SET status = :status, late_cancellation = :late, version = :version
                WHERE appointment_id = :id AND version < :version
                """)
                .param("id", appointmentId).param("status", status).param("late", late).param("version", version)
                .update() == 1;
    }

    boolean rescheduled(Fact before, Instant start, Instant end, long version) {
        return jdbc.sql("""
                UPDATE read_model.kpi_appointment SET day = :day, starts_at = :start, minutes = :minutes,
                    version = :version
                WHERE appointment_id = :id AND version < :version
                """)
                .param("id", before.appointmentId())
                .param("day", start.atZone(zone(before.locationId())).toLocalDate())
                .param("start", Timestamp.from(start)).param("minutes", minutes(start, end))
                .param("version", version)
                .update() == 1;
    }

    boolean reassigned(Fact before, UUID practitionerId, long version) {
        return jdbc.sql("""
                UPDATE read_model.kpi_appointment SET practitioner_id = :practitionerId, version = :version
                WHERE appointment_id = :id AND version < :version
                """)
                .param("id", before.appointmentId()).param("practitionerId", practitionerId)
                .param("version", version)
                .update() == 1;
    }

    Optional<Fact> find(UUID appointmentId) {
        return jdbc.sql("""
                SELECT organization_id, patient_id, practitioner_id, location_id, day
                FROM read_model.kpi_appointment WHERE appointment_id = :id
                """)
                .param("id", appointmentId)
                .query((rs, row) -> new Fact(appointmentId, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class)))
                .optional();
    }

    /**
     * Records the template as of {@code effectiveOn}, seven rows (0 minutes on days off).
     * Returns false when this or a later event of the template was already applied.
     */
    boolean workingHours(AppointmentWorkingHoursSet event, LocalDate effectiveOn, long version) {
        UUID id = event.workingHoursId().value();
        boolean seen = jdbc.sql("SELECT EXISTS (SELECT 1 FROM read_model.kpi_working_hours WHERE working_hours_id = :id"
                        + " AND version >= :version)")
                .param("id", id).param("version", version).query(Boolean.class).single();
        if (seen) {
            return false;
        }
        jdbc.sql("DELETE FROM read_model.kpi_working_hours WHERE working_hours_id = :id AND effective_on = :on")
                .param("id", id).param("on", effectiveOn).update();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<LocalTimeRange> ranges = event.week().getOrDefault(day, List.of());
            long minutes = ranges.stream().mapToLong(r -> Duration.between(r.start(), r.end()).toMinutes()).sum();
            jdbc.sql("""
                    INSERT INTO read_model.kpi_working_hours (working_hours_id, organization_id, practitioner_id,
                        location_id, effective_on, day_of_week, available_minutes, version)
                    VALUES (:id, :organizationId, :practitionerId, :locationId, :on, :day, :minutes, :version)
                    """)
                    .param("id", id).param("organizationId", event.organizationId().value())
                    .param("practitionerId", event.practitionerId().value())
                    .param("locationId", event.locationId().value())
                    .param("on", effectiveOn).param("day", day.getValue()).param("minutes", minutes)
                    .param("version", version)
                    .update();
        }
        return true;
    }

    private static long minutes(Instant start, Instant end) {
        return Duration.between(start, end).toMinutes();
    }
}
