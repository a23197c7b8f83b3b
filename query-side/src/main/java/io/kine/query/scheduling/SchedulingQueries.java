package io.kine.query.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentStatus;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentTypeView;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.BookingParties;
import io.kine.kernel.scheduling.CheckBookingParties;
import io.kine.kernel.scheduling.FindAppointmentTypes;
import io.kine.kernel.scheduling.FindAppointments;
import io.kine.kernel.scheduling.GetAppointment;
import io.kine.kernel.scheduling.GetAppointmentType;
import io.kine.kernel.scheduling.GetWorkingHours;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.WorkingHoursId;
import io.kine.kernel.scheduling.WorkingHoursView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers scheduling questions from the read model, always within one organization. */
@Component
class SchedulingQueries {

    /** Names are joined at query time, so the calendar shows a patient's or practitioner's current name. */
    static final String APPOINTMENTS = """
            SELECT a.*, p.first_name || ' ' || p.last_name AS patient_name, s.display_name AS practitioner_name,
                l.time_zone, t.name AS type_name, t.colour
            FROM read_model.appointment a
            LEFT JOIN read_model.patient p ON p.patient_id = a.patient_id
            LEFT JOIN read_model.staff_member s ON s.user_id = a.practitioner_id
            LEFT JOIN read_model.location l ON l.location_id = a.location_id
            LEFT JOIN read_model.appointment_type t ON t.appointment_type_id = a.appointment_type_id
            WHERE a.organization_id = :organizationId
            """;

    private final JdbcClient jdbc;

    SchedulingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<AppointmentView> handle(FindAppointments query) {
        StringBuilder sql = new StringBuilder(APPOINTMENTS).append(" AND a.starts_at < :to AND a.ends_at > :from");
        if (query.practitionerId() != null) {
            sql.append(" AND a.practitioner_id = :practitionerId");
        }
        if (query.locationId() != null) {
            sql.append(" AND a.location_id = :locationId");
        }
        if (query.roomId() != null) {
            sql.append(" AND a.room_id = :roomId");
        }
        sql.append(" ORDER BY a.starts_at, a.appointment_id");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString())
                .param("organizationId", query.organizationId().value())
                .param("from", Timestamp.from(query.from()))
                .param("to", Timestamp.from(query.to()));
        if (query.practitionerId() != null) {
            spec = spec.param("practitionerId", query.practitionerId().value());
        }
        if (query.locationId() != null) {
            spec = spec.param("locationId", query.locationId().value());
        }
        if (query.roomId() != null) {
            spec = spec.param("roomId", query.roomId().value());
        }
        return spec.query(SchedulingQueries::appointment).list();
    }

    @QueryHandler
    Optional<AppointmentView> handle(GetAppointment query) {
        return jdbc.sql(APPOINTMENTS + " AND a.appointment_id = :id")
                .param("organizationId", query.organizationId().value())
                .param("id", query.appointmentId().value())
                .query(SchedulingQueries::appointment)
                .optional();
    }

    @QueryHandler
    List<AppointmentTypeView> handle(FindAppointmentTypes query) {
        return jdbc.sql("SELECT * FROM read_model.appointment_type WHERE organization_id = :organizationId"
                        + " ORDER BY lower(name), appointment_type_id")
                .param("organizationId", query.organizationId().value())
                .query(SchedulingQueries::type)
                .list();
    }

    @QueryHandler
    Optional<AppointmentTypeView> handle(GetAppointmentType query) {
        return jdbc.sql("SELECT * FROM read_model.appointment_type WHERE organization_id = :organizationId"
                        + " AND appointment_type_id = :id")
                .param("organizationId", query.organizationId().value())
                .param("id", query.appointmentTypeId().value())
                .query(SchedulingQueries::type)
                .optional();
    }

    @QueryHandler
    Optional<WorkingHoursView> handle(GetWorkingHours query) {
        return jdbc.sql("""
                SELECT working_hours_id, version FROM read_model.working_hours
                WHERE organization_id = :organizationId AND practitioner_id = :practitionerId AND location_id = :locationId
                """)
                .param("organizationId", query.organizationId().value())
                .param("practitionerId", query.practitionerId().value())
                .param("locationId", query.locationId().value())
                .query((row, n) -> new WorkingHoursView(new WorkingHoursId(row.getObject("working_hours_id", UUID.class)),
                        week(row.getObject("working_hours_id", UUID.class)), row.getLong("version")))
                .optional();
    }

    @QueryHandler
    BookingParties handle(CheckBookingParties query) {
        List<String> unknown = new ArrayList<>();
        UUID organization = query.organizationId().value();
        if (!exists("SELECT 1 FROM read_model.patient WHERE organization_id = :org AND patient_id = :id AND NOT archived",
                organization, query.patientId() == null ? null : query.patientId().value())) {
            unknown.add("patientId");
        }
        if (!exists("SELECT 1 FROM read_model.staff_member WHERE organization_id = :org AND user_id = :id AND active"
                + " AND 'PRACTITIONER' = ANY(roles)", organization,
                query.practitionerId() == null ? null : query.practitionerId().value())) {
            unknown.add("practitionerId");
        }
        Optional<String> timeZone = query.locationId() == null ? Optional.empty() : jdbc.sql(
                        "SELECT time_zone FROM read_model.location WHERE organization_id = :org AND location_id = :id AND NOT closed")
                .param("org", organization).param("id", query.locationId().value()).query(String.class).optional();
        if (timeZone.isEmpty()) {
            unknown.add("locationId");
        }
        checkResource(unknown, "roomId", query.roomId(), "ROOM", query);
        checkResource(unknown, "equipmentId", query.equipmentId(), "EQUIPMENT", query);
        return new BookingParties(unknown, timeZone.orElse(null));
    }

    private void checkResource(List<String> unknown, String field, ResourceId resource, String kind,
            CheckBookingParties query) {
        if (resource == null) {
            return;
        }
        boolean found = query.locationId() != null && !jdbc.sql("""
                SELECT 1 FROM read_model.resource WHERE organization_id = :org AND location_id = :location
                    AND resource_id = :id AND kind = :kind
                """)
                .param("org", query.organizationId().value())
                .param("location", query.locationId().value())
                .param("id", resource.value())
                .param("kind", kind)
                .query(Integer.class).list().isEmpty();
        if (!found) {
            unknown.add(field);
        }
    }

    private boolean exists(String sql, UUID organization, UUID id) {
        return id != null && !jdbc.sql(sql).param("org", organization).param("id", id).query(Integer.class).list().isEmpty();
    }

    private Map<DayOfWeek, List<LocalTimeRange>> week(UUID workingHours) {
        Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("""
                SELECT day_of_week, starts_at, ends_at FROM read_model.working_hours_range
                WHERE working_hours_id = :id ORDER BY day_of_week, starts_at
                """)
                .param("id", workingHours)
                .query((row, n) -> {
                    week.computeIfAbsent(DayOfWeek.of(row.getInt("day_of_week")), d -> new ArrayList<>())
                            .add(new LocalTimeRange(row.getTime("starts_at").toLocalTime(), row.getTime("ends_at").toLocalTime()));
                    return null;
                })
                .list();
        return week;
    }

    private static AppointmentTypeView type(ResultSet row, int rowNumber) throws SQLException {
        return new AppointmentTypeView(new AppointmentTypeId(row.getObject("appointment_type_id", UUID.class)),
                row.getString("name"), row.getInt("duration_minutes"), row.getString("colour"), row.getLong("version"));
    }

    static AppointmentView appointment(ResultSet row, int rowNumber) throws SQLException {
        UUID room = row.getObject("room_id", UUID.class);
        UUID equipment = row.getObject("equipment_id", UUID.class);
        UUID type = row.getObject("appointment_type_id", UUID.class);
        UUID series = row.getObject("series_id", UUID.class);
        return new AppointmentView(new AppointmentId(row.getObject("appointment_id", UUID.class)),
                new PatientId(row.getObject("patient_id", UUID.class)), row.getString("patient_name"),
                new UserId(row.getObject("practitioner_id", UUID.class)), row.getString("practitioner_name"),
                new LocationId(row.getObject("location_id", UUID.class)), row.getString("time_zone"),
                room == null ? null : new ResourceId(room), equipment == null ? null : new ResourceId(equipment),
                row.getTimestamp("starts_at").toInstant(), row.getTimestamp("ends_at").toInstant(),
                AppointmentStatus.valueOf(row.getString("status")), type == null ? null : new AppointmentTypeId(type),
                row.getString("type_name"), row.getString("colour"), row.getString("notes"),
                row.getString("cancellation_reason"), row.getBoolean("late_cancellation"),
                row.getString("override_reason"), series == null ? null : new SeriesId(series), row.getLong("version"));
    }
}
