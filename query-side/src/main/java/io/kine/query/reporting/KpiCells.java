package io.kine.query.reporting;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputes derived KPI rows from {@code kpi_appointment} and {@code kpi_working_hours} instead
 * of adding and subtracting counters: a cell's value depends only on the facts, so applying an
 * event twice, or rebuilding from scratch, gives the same rows.
 */
final class KpiCells {

    /** Working minutes of (practitioner, location) on :day; same rule as read_model.kpi_available_minutes. */
    static final String AVAILABLE = """
            coalesce((SELECT w.available_minutes FROM read_model.kpi_working_hours w
                WHERE w.practitioner_id = :practitionerId AND w.location_id = :locationId
                  AND w.day_of_week = extract(isodow FROM CAST(:day AS date))::integer
                ORDER BY (w.effective_on <= CAST(:day AS date)) DESC,
                         CASE WHEN w.effective_on <= CAST(:day AS date) THEN w.effective_on END DESC,
                         w.effective_on, w.version DESC
                LIMIT 1), 0)""";

    private final JdbcClient jdbc;

    KpiCells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day of one practitioner at one location, from its appointments; no row when it has none. */
    void recompute(UUID organizationId, UUID practitionerId, UUID locationId, LocalDate day) {
        jdbc.sql("""
                DELETE FROM read_model.daily_utilization
                WHERE practitioner_id = :practitionerId AND location_id = :locationId AND day = :day
                """)
                .param("practitionerId", practitionerId).param("locationId", locationId).param("day", day)
                .update();
        jdbc.sql("""
                INSERT INTO read_model.daily_utilization (organization_id, practitioner_id, location_id, day,
                    available_minutes, booked_minutes, completed_minutes, appointments, completed, no_shows,
                    cancellations, late_cancellations)
                SELECT :organizationId, :practitionerId, :locationId, :day, %s,
                    coalesce(sum(minutes) FILTER (WHERE status <> 'CANCELLED'), 0),
                    coalesce(sum(minutes) FILTER (WHERE status = 'COMPLETED'), 0),
                    count(*),
                    count(*) FILTER (WHERE status = 'COMPLETED'),
                    count(*) FILTER (WHERE status = 'NO_SHOW'),
                    count(*) FILTER (WHERE status = 'CANCELLED'),
                    count(*) FILTER (WHERE status = 'CANCELLED' AND late_cancellation)
                FROM read_model.kpi_appointment
                WHERE practitioner_id = :practitionerId AND location_id = :locationId AND day = :day
                HAVING count(*) > 0
                """.formatted(AVAILABLE))
                .param("organizationId", organizationId).param("practitionerId", practitionerId)
                .param("locationId", locationId).param("day", day)
                .update();
    }

    /** After working hours change: every recorded day of that practitioner at that location. */
    void refreshAvailability(UUID practitionerId, UUID locationId) {
        jdbc.sql("""
                UPDATE read_model.daily_utilization d SET available_minutes = coalesce((
                    SELECT w.available_minutes FROM read_model.kpi_working_hours w
                    WHERE w.practitioner_id = d.practitioner_id AND w.location_id = d.location_id
                      AND w.day_of_week = extract(isodow FROM d.day)::integer
                    ORDER BY (w.effective_on <= d.day) DESC,
                             CASE WHEN w.effective_on <= d.day THEN w.effective_on END DESC,
                             w.effective_on, w.version DESC
                    LIMIT 1), 0)
                WHERE d.practitioner_id = :practitionerId AND d.location_id = :locationId
                """)
                .param("practitionerId", practitionerId).param("locationId", locationId)
                .update();
    }

    /** One more event applied for the organization: cached dashboards of older generations are stale. */
    void bumpGeneration(UUID organizationId) {
        jdbc.sql("""
                INSERT INTO read_model.kpi_generation (organization_id, generation) VALUES (:organizationId, 1)
                ON CONFLICT (organization_id) DO UPDATE SET generation = read_model.kpi_generation.generation + 1
                """)
                .param("organizationId", organizationId).update();
    }
}
