package io.kine.query.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentSeriesView;
import io.kine.kernel.scheduling.AppointmentTypeId;
import io.kine.kernel.scheduling.AppointmentView;
import io.kine.kernel.scheduling.FindPatientAppointments;
import io.kine.kernel.scheduling.GetAppointmentSeries;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.SkippedOccurrence;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A series with its occurrences, and a patient's appointments; always within one organization. */
@Component
class SeriesQueries {

    private final JdbcClient jdbc;

    SeriesQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<AppointmentSeriesView> handle(GetAppointmentSeries query) {
        UUID organization = query.organizationId().value();
        UUID series = query.seriesId().value();
        List<AppointmentView> occurrences = jdbc.sql(SchedulingQueries.APPOINTMENTS
                        + " AND a.series_id = :series ORDER BY a.starts_at, a.appointment_id")
                .param("organizationId", organization).param("series", series)
                .query(SchedulingQueries::appointment).list();
        List<SkippedOccurrence> skipped = jdbc.sql("""
                SELECT * FROM read_model.appointment_series_skipped WHERE series_id = :series ORDER BY starts_at
                """)
                .param("series", series)
                .query((row, n) -> new SkippedOccurrence(row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant(),
                        new AppointmentId(row.getObject("conflicting_appointment_id", UUID.class)),
                        row.getString("resource_kind"), row.getObject("resource_id", UUID.class)))
                .list();
        return jdbc.sql("SELECT * FROM read_model.appointment_series WHERE organization_id = :org AND series_id = :series")
                .param("org", organization).param("series", series)
                .query((row, n) -> new AppointmentSeriesView(query.seriesId(),
                        new PatientId(row.getObject("patient_id", UUID.class)),
                        new UserId(row.getObject("practitioner_id", UUID.class)),
                        new LocationId(row.getObject("location_id", UUID.class)),
                        resource(row.getObject("room_id", UUID.class)), resource(row.getObject("equipment_id", UUID.class)),
                        row.getObject("appointment_type_id", UUID.class) == null ? null
                                : new AppointmentTypeId(row.getObject("appointment_type_id", UUID.class)),
                        row.getString("rule"), row.getTimestamp("first_start").toLocalDateTime(),
                        Duration.ofMinutes(row.getInt("duration_minutes")), row.getString("time_zone"),
                        SeriesBookingMode.valueOf(row.getString("booking_mode")), row.getString("status"),
                        row.getString("cancellation_reason"), row.getTimestamp("booked_at").toInstant(), occurrences,
                        skipped, row.getLong("version")))
                .optional();
    }

    @QueryHandler
    List<AppointmentView> handle(FindPatientAppointments query) {
        String sql = SchedulingQueries.APPOINTMENTS + " AND a.patient_id = :patient"
                + (query.upcoming() ? " AND a.ends_at > :now AND a.status IN ('BOOKED', 'CONFIRMED', 'ARRIVED')"
                        + " ORDER BY a.starts_at, a.appointment_id"
                        : " ORDER BY a.starts_at DESC, a.appointment_id")
                + " LIMIT :limit";
        return jdbc.sql(sql)
                .param("organizationId", query.organizationId().value())
                .param("patient", query.patientId().value())
                .param("now", Timestamp.from(query.now()))
                .param("limit", Math.max(1, Math.min(query.limit(), 500)))
                .query(SchedulingQueries::appointment)
                .list();
    }

    private static ResourceId resource(UUID id) {
        return id == null ? null : new ResourceId(id);
    }
}
