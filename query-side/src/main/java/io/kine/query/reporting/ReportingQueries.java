package io.kine.query.reporting;

import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.DayOperationsView;
import io.kine.kernel.reporting.GetDashboard;
import io.kine.kernel.reporting.GetDayOperations;
import io.kine.kernel.reporting.GetOwnDashboard;
import io.kine.kernel.reporting.GetReportFilters;
import io.kine.kernel.reporting.ReportFilters;
import io.kine.kernel.reporting.Granularity;
import io.kine.kernel.reporting.KpiFigures;
import io.kine.kernel.reporting.KpiPoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Dashboards from the KPI tables. Appointment figures are sums of daily rows; available minutes
 * come from the working-hours history for every day of the period, worked or not; visits,
 * patients seen and retention (each period against the one before it) count visits; average
 * visits per case is over the cases closed in the period.
 */
@Component
class ReportingQueries implements DisposableBean {

    private final JdbcClient jdbc;
    private final KpiBuckets buckets;
    private final KpiAvailability availability;
    private final DayOperations dayOperations;
    /**
     * Runs a dashboard's two scans of the visits beside its other statements, each on a pooled
     * connection of its own: a dashboard then waits for its slowest statement rather than for
     * their sum. Bounded, so many dashboards at once queue here instead of taking the pool.
     */
    private final ExecutorService scans = Executors.newFixedThreadPool(4, daemonThreads());

    ReportingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.buckets = new KpiBuckets(jdbc);
        this.availability = new KpiAvailability(jdbc);
        this.dayOperations = new DayOperations(jdbc);
    }

    @QueryHandler
    DashboardView handle(GetDashboard query) {
        return dashboard(new KpiSql(query.organizationId().value(), query.from(), query.to(),
                query.locationId() == null ? null : query.locationId().value(),
                query.practitionerId() == null ? null : query.practitionerId().value()), query.granularity());
    }

    /** Whatever the caller asks, a practitioner's own dashboard is about the actor of the message. */
    @QueryHandler
    DashboardView handle(GetOwnDashboard query, @MetaDataValue("actorId") String actorId) {
        return dashboard(new KpiSql(query.organizationId().value(), query.from(), query.to(),
                query.locationId() == null ? null : query.locationId().value(), UUID.fromString(actorId)),
                query.granularity());
    }

    @QueryHandler
    DayOperationsView handle(GetDayOperations query) {
        return dayOperations.of(query.organizationId().value(), query.day(),
                query.locationId() == null ? null : query.locationId().value());
    }

    @QueryHandler
    ReportFilters handle(GetReportFilters query) {
        return new ReportFilters(
                jdbc.sql("""
                        SELECT location_id, name FROM read_model.location
                        WHERE organization_id = :organizationId AND NOT closed ORDER BY lower(name), location_id
                        """)
                        .param("organizationId", query.organizationId().value())
                        .query((rs, row) -> new ReportFilters.Choice(rs.getObject(1, UUID.class), rs.getString(2)))
                        .list(),
                jdbc.sql("""
                        SELECT s.user_id, s.display_name FROM read_model.staff_member s
                        WHERE s.organization_id = :organizationId AND (
                            EXISTS (SELECT 1 FROM read_model.kpi_working_hours w WHERE w.practitioner_id = s.user_id)
                            OR EXISTS (SELECT 1 FROM read_model.kpi_appointment a WHERE a.practitioner_id = s.user_id))
                        ORDER BY lower(s.display_name), s.user_id
                        """)
                        .param("organizationId", query.organizationId().value())
                        .query((rs, row) -> new ReportFilters.Choice(rs.getObject(1, UUID.class), rs.getString(2)))
                        .list());
    }

    private DashboardView dashboard(KpiSql filter, Granularity granularity) {
        long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
        // the two scans of the visits are most of the work: they run beside the small reads
        CompletableFuture<Map<LocalDate, long[]>> visits = CompletableFuture.supplyAsync(
                () -> buckets.visitsAndPatients(filter, granularity), scans);
        CompletableFuture<long[]> periodRetention = CompletableFuture.supplyAsync(
                () -> buckets.retention(filter, filter.from().minusDays(days)), scans);
        Map<LocalDate, long[]> appointments = buckets.appointments(filter, granularity);
        Map<LocalDate, Long> available = availability.perBucket(filter, granularity);
        Map<LocalDate, Long> newPatients = buckets.newPatients(filter, granularity);
        Map<LocalDate, long[]> cases = buckets.closedCases(filter, granularity);
        Map<LocalDate, long[]> seen = joined(visits);
        List<KpiPoint> series = new ArrayList<>();
        long[] sum = new long[6];
        long[] totals = new long[5];
        for (LocalDate start : KpiPeriods.buckets(filter.from(), filter.to(), granularity)) {
            long[] counts = appointments.getOrDefault(start, new long[6]);
            long[] patients = seen.getOrDefault(start, new long[3]);
            long[] before = seen.getOrDefault(KpiPeriods.previous(start, granularity), new long[3]);
            long[] closed = cases.getOrDefault(start, new long[2]);
            long[] own = {available.getOrDefault(start, 0L), patients[0], newPatients.getOrDefault(start, 0L),
                    closed[0], closed[1]};
            LocalDate end = KpiPeriods.next(start, granularity).minusDays(1);
            series.add(new KpiPoint(start.isBefore(filter.from()) ? filter.from() : start,
                    end.isAfter(filter.to()) ? filter.to() : end,
                    figures(own, counts, patients[1], before[1], patients[2])));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += counts[i];
            }
            for (int i = 0; i < totals.length; i++) {
                totals[i] += own[i];
            }
        }
        long[] retention = joined(periodRetention);
        return new DashboardView(filter.from(), filter.to(), granularity,
                figures(totals, sum, retention[0], retention[1], retention[2]), series);
    }

    /** The result of a statement run on {@link #scans}, its failure rethrown as it was thrown. */
    private static <T> T joined(CompletableFuture<T> statement) {
        try {
            return statement.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static CustomizableThreadFactory daemonThreads() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("kpi-scan-");
        threads.setDaemon(true);
        return threads;
    }

    @Override
    public void destroy() {
        scans.shutdownNow();
    }

    /**
     * @param own available minutes, visits, new patients, closed cases and their visits
     * @param counts the appointment counts of {@link KpiBuckets#appointments}
     */
    private static KpiFigures figures(long[] own, long[] counts, long seen, long previous, long retained) {
        return new KpiFigures(own[0], counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], own[1],
                own[2], seen, previous, retained, own[3], own[4]);
    }
}
