package io.kine.query.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.ExceptionKind;
import io.kine.kernel.scheduling.FindPractitionerAvailability;
import io.kine.kernel.scheduling.FindWorkingHoursExceptions;
import io.kine.kernel.scheduling.GetWorkingHoursException;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.PractitionerAvailability;
import io.kine.kernel.scheduling.WeeklyHours;
import io.kine.kernel.scheduling.WorkingHoursException;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Working-hours exceptions, and everything the free-slot search and the hours check need, per organization. */
@Component
class AvailabilityQueries {

    private final JdbcClient jdbc;

    AvailabilityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<WorkingHoursException> handle(FindWorkingHoursExceptions query) {
        return exceptions(query.organizationId().value(), query.practitionerId() == null ? null : query.practitionerId().value(),
                query.locationId() == null ? null : query.locationId().value(), new DateRange(query.from(), query.to()));
    }

    @QueryHandler
    Optional<WorkingHoursException> handle(GetWorkingHoursException query) {
        return jdbc.sql("SELECT * FROM read_model.working_hours_exception WHERE organization_id = :org AND exception_id = :id")
                .param("org", query.organizationId().value())
                .param("id", query.exceptionId().value())
                .query(this::exception)
                .optional();
    }

    @QueryHandler
    List<PractitionerAvailability> handle(FindPractitionerAvailability query) {
        UUID organization = query.organizationId().value();
        UUID location = query.locationId().value();
        Optional<ZoneId> zone = jdbc.sql("SELECT time_zone FROM read_model.location WHERE organization_id = :org"
                        + " AND location_id = :location").param("org", organization).param("location", location)
                .query(String.class).optional().map(ZoneId::of);
        if (zone.isEmpty()) {
            return List.of();
        }
        DateRange days = new DateRange(query.from(), query.to());
        Timestamp from = Timestamp.from(query.from().minusDays(1).atStartOfDay(zone.get()).toInstant());
        Timestamp to = Timestamp.from(query.to().plusDays(2).atStartOfDay(zone.get()).toInstant());
        String practitioners = """
                SELECT s.user_id, s.display_name, h.working_hours_id FROM read_model.staff_member s
                LEFT JOIN read_model.working_hours h ON h.practitioner_id = s.user_id AND h.location_id = :location
                WHERE s.organization_id = :org AND s.active AND 'PRACTITIONER' = ANY(s.roles)
                """ + (query.practitionerId() == null ? " AND h.working_hours_id IS NOT NULL" : " AND s.user_id = :user")
                + " ORDER BY s.display_name, s.user_id";
        JdbcClient.StatementSpec spec = jdbc.sql(practitioners).param("org", organization).param("location", location);
        if (query.practitionerId() != null) {
            spec = spec.param("user", query.practitionerId().value());
        }
        return spec.query((row, n) -> {
            UUID user = row.getObject("user_id", UUID.class);
            UUID hours = row.getObject("working_hours_id", UUID.class);
            return new PractitionerAvailability(new UserId(user), row.getString("display_name"),
                    hours == null ? null : week(hours), exceptions(organization, user, location, days),
                    bookings(user, from, to));
        }).list();
    }

    /** Exceptions not withdrawn touching the days, at the location or every location (null: anywhere). */
    private List<WorkingHoursException> exceptions(UUID organization, UUID practitioner, UUID location, DateRange days) {
        StringBuilder sql = new StringBuilder("""
                SELECT * FROM read_model.working_hours_exception WHERE organization_id = :org AND NOT withdrawn
                    AND first_day <= :last AND last_day >= :first
                """);
        if (practitioner != null) {
            sql.append(" AND practitioner_id = :practitioner");
        }
        if (location != null) {
            sql.append(" AND (location_id = :location OR location_id IS NULL)");
        }
        sql.append(" ORDER BY first_day, exception_id");
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("org", organization)
                .param("first", Date.valueOf(days.first())).param("last", Date.valueOf(days.last()));
        if (practitioner != null) {
            spec = spec.param("practitioner", practitioner);
        }
        if (location != null) {
            spec = spec.param("location", location);
        }
        return spec.query(this::exception).list();
    }

    private List<Interval> bookings(UUID practitioner, Timestamp from, Timestamp to) {
        return jdbc.sql("""
                SELECT starts_at, ends_at FROM read_model.appointment WHERE practitioner_id = :practitioner
                    AND status NOT IN ('CANCELLED', 'NO_SHOW') AND starts_at < :to AND ends_at > :from
                ORDER BY starts_at
                """)
                .param("practitioner", practitioner).param("from", from).param("to", to)
                .query((row, n) -> new Interval(row.getTimestamp("starts_at").toInstant(),
                        row.getTimestamp("ends_at").toInstant()))
                .list();
    }

    private WeeklyHours week(UUID workingHours) {
        Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("SELECT day_of_week, starts_at, ends_at FROM read_model.working_hours_range WHERE working_hours_id = :id")
                .param("id", workingHours)
                .query((row, n) -> week.computeIfAbsent(DayOfWeek.of(row.getInt("day_of_week")), d -> new ArrayList<>())
                        .add(new LocalTimeRange(row.getTime("starts_at").toLocalTime(), row.getTime("ends_at").toLocalTime())))
                .list();
        return new WeeklyHours(week);
    }

    private WorkingHoursException exception(ResultSet row, int rowNumber) throws SQLException {
        UUID id = row.getObject("exception_id", UUID.class);
        UUID location = row.getObject("location_id", UUID.class);
        List<LocalTimeRange> hours = jdbc.sql("""
                SELECT starts_at, ends_at FROM read_model.working_hours_exception_range WHERE exception_id = :id
                ORDER BY starts_at
                """)
                .param("id", id)
                .query((range, n) -> new LocalTimeRange(range.getTime("starts_at").toLocalTime(),
                        range.getTime("ends_at").toLocalTime()))
                .list();
        return new WorkingHoursException(new WorkingHoursExceptionId(id), new UserId(row.getObject("practitioner_id", UUID.class)),
                location == null ? null : new LocationId(location), ExceptionKind.valueOf(row.getString("kind")),
                new DateRange(row.getDate("first_day").toLocalDate(), row.getDate("last_day").toLocalDate()), hours,
                row.getString("reason"), row.getLong("version"));
    }
}
