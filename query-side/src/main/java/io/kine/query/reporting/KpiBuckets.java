package io.kine.query.reporting;

import io.kine.kernel.reporting.Granularity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the dashboard figures, each grouped by day, ISO week or month of the local day. */
final class KpiBuckets {

    private final JdbcClient jdbc;

    KpiBuckets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Booked minutes, appointments, completed, no-shows, cancellations, late cancellations per bucket. */
    Map<LocalDate, long[]> appointments(KpiSql filter, Granularity granularity) {
        Map<LocalDate, long[]> result = new HashMap<>();
        filter.bind(jdbc.sql("""
                SELECT CAST(date_trunc(:unit, CAST(day AS timestamp)) AS date) AS bucket, sum(booked_minutes),
                    sum(appointments), sum(completed), sum(no_shows), sum(cancellations), sum(late_cancellations)
                FROM read_model.daily_utilization""" + filter.where("day") + " GROUP BY bucket"))
                .param("unit", KpiPeriods.unit(granularity))
                .query(rs -> {
                    long[] values = new long[6];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getLong(i + 2);
                    }
                    result.put(rs.getObject(1, LocalDate.class), values);
                });
        return result;
    }

    Map<LocalDate, Long> newPatients(KpiSql filter, Granularity granularity) {
        Map<LocalDate, Long> result = new HashMap<>();
        filter.bind(jdbc.sql("""
                SELECT CAST(date_trunc(:unit, CAST(first_visit_on AS timestamp)) AS date) AS bucket, count(*)
                FROM read_model.patient_first_visit""" + filter.where("first_visit_on") + " GROUP BY bucket"))
                .param("unit", KpiPeriods.unit(granularity))
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return result;
    }

    /** Visits per bucket. */
    Map<LocalDate, Long> visits(KpiSql filter, Granularity granularity) {
        Map<LocalDate, Long> result = new HashMap<>();
        filter.bind(jdbc.sql("""
                SELECT CAST(date_trunc(:unit, CAST(day AS timestamp)) AS date) AS bucket, count(*)
                FROM read_model.kpi_visit""" + filter.where("day") + " GROUP BY bucket"))
                .param("unit", KpiPeriods.unit(granularity))
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return result;
    }

    /** Per bucket: cases closed, and the visits those cases had in all. */
    Map<LocalDate, long[]> closedCases(KpiSql filter, Granularity granularity) {
        Map<LocalDate, long[]> result = new HashMap<>();
        filter.bind(jdbc.sql("""
                SELECT CAST(date_trunc(:unit, CAST(closed_on AS timestamp)) AS date) AS bucket, count(*), sum(visits)
                FROM read_model.kpi_case""" + filter.where("closed_on") + " GROUP BY bucket"))
                .param("unit", KpiPeriods.unit(granularity))
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /** Per bucket: patients with a visit, and how many of them had one in the bucket before too. */
    Map<LocalDate, long[]> patientsSeen(KpiSql filter, Granularity granularity) {
        Map<LocalDate, long[]> result = new HashMap<>();
        KpiSql widened = filter.from(KpiPeriods.previous(KpiPeriods.startOf(filter.from(), granularity), granularity));
        widened.bind(jdbc.sql("""
                WITH seen AS (
                    SELECT DISTINCT CAST(date_trunc(:unit, CAST(day AS timestamp)) AS date) AS bucket, patient_id
                    FROM read_model.kpi_visit""" + widened.where("day") + """
                    )
                SELECT s.bucket, count(*), count(p.patient_id)
                FROM seen s LEFT JOIN seen p
                    ON p.patient_id = s.patient_id AND p.bucket = CAST(s.bucket - CAST(:step AS interval) AS date)
                GROUP BY s.bucket"""))
                .param("unit", KpiPeriods.unit(granularity))
                .param("step", "1 " + KpiPeriods.unit(granularity))
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /** Patients with a visit in the period, in the period of the same length before it, and in both. */
    long[] retention(KpiSql filter, LocalDate previousFrom) {
        return filter.from(previousFrom).bind(jdbc.sql("""
                SELECT count(*) FILTER (WHERE now_seen), count(*) FILTER (WHERE before_seen),
                    count(*) FILTER (WHERE now_seen AND before_seen)
                FROM (SELECT patient_id, bool_or(day >= :periodFrom) AS now_seen, bool_or(day < :periodFrom) AS before_seen
                      FROM read_model.kpi_visit""" + filter.from(previousFrom).where("day") + """
                       GROUP BY patient_id) x"""))
                .param("periodFrom", filter.from())
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
    }
}
