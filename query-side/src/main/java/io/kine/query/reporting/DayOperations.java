package io.kine.query.reporting;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.reporting.DayOperationsView;
import io.kine.kernel.reporting.PractitionerDay;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk's day: every practitioner who works that day or has appointments, with how
 * many are still to come, arrived, done, missed or cancelled.
 */
final class DayOperations {

    private final JdbcClient jdbc;

    DayOperations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DayOperationsView of(UUID organizationId, LocalDate day, UUID locationId) {
        String location = locationId == null ? "" : " AND location_id = :locationId";
        JdbcClient.StatementSpec spec = jdbc.sql("""
                WITH cells AS (
                    SELECT DISTINCT practitioner_id, location_id FROM read_model.kpi_working_hours
                    WHERE organization_id = :organizationId%1$s
                    UNION
                    SELECT DISTINCT practitioner_id, location_id FROM read_model.kpi_appointment
                    WHERE organization_id = :organizationId AND day = :day%1$s),
                hours AS (
                    SELECT practitioner_id,
                        sum(read_model.kpi_available_minutes(practitioner_id, location_id, :day)) AS available
                    FROM cells GROUP BY practitioner_id),
                done AS (
                    SELECT practitioner_id,
                        count(*) FILTER (WHERE status IN ('BOOKED', 'CONFIRMED')) AS upcoming,
                        count(*) FILTER (WHERE status = 'ARRIVED') AS arrived,
                        count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                        count(*) FILTER (WHERE status = 'NO_SHOW') AS no_shows,
                        count(*) FILTER (WHERE status = 'CANCELLED') AS cancellations,
                        coalesce(sum(minutes) FILTER (WHERE status <> 'CANCELLED'), 0) AS booked
                    FROM read_model.kpi_appointment
                    WHERE organization_id = :organizationId AND day = :day%1$s
                    GROUP BY practitioner_id)
                SELECT h.practitioner_id, s.display_name, coalesce(d.upcoming, 0), coalesce(d.arrived, 0),
                    coalesce(d.completed, 0), coalesce(d.no_shows, 0), coalesce(d.cancellations, 0),
                    coalesce(d.booked, 0), h.available
                FROM hours h
                LEFT JOIN done d ON d.practitioner_id = h.practitioner_id
                LEFT JOIN read_model.staff_member s ON s.user_id = h.practitioner_id
                WHERE h.available > 0 OR d.practitioner_id IS NOT NULL
                ORDER BY s.display_name, h.practitioner_id
                """.formatted(location))
                .param("organizationId", organizationId)
                .param("day", day);
        if (locationId != null) {
            spec = spec.param("locationId", locationId);
        }
        List<PractitionerDay> practitioners = spec.query((rs, row) -> new PractitionerDay(
                new UserId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9))).list();
        return new DayOperationsView(day, practitioners, total(practitioners));
    }

    private static PractitionerDay total(List<PractitionerDay> days) {
        return new PractitionerDay(null, null,
                days.stream().mapToLong(PractitionerDay::upcoming).sum(),
                days.stream().mapToLong(PractitionerDay::arrived).sum(),
                days.stream().mapToLong(PractitionerDay::completed).sum(),
                days.stream().mapToLong(PractitionerDay::noShows).sum(),
                days.stream().mapToLong(PractitionerDay::cancellations).sum(),
                days.stream().mapToLong(PractitionerDay::bookedMinutes).sum(),
                days.stream().mapToLong(PractitionerDay::availableMinutes).sum());
    }
}
