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

    /**
     * Per bucket: visits, patients with a visit, and how many of those had one in the bucket
     * before too. A first bucket cut by the period counts only the period's days; the bucket
     * before it, the comparison, counts all of its own. One scan of the visits (index-only on organization, day, patient) grouped by
     * patient and bucket; a patient's previous bucket comes from {@code lag}, so no self-join.
     */
    Map<LocalDate, long[]> visitsAndPatients(KpiSql filter, Granularity granularity) {
        Map<LocalDate, long[]> result = new HashMap<>();
        KpiSql widened = filter.from(KpiPeriods.previous(KpiPeriods.startOf(filter.from(), granularity), granularity));
        widened.bind(jdbc.sql("""
                SELECT bucket, sum(visits), count(*) FILTER (WHERE visits > 0 OR bucket < :firstBucket),
                    count(*) FILTER (WHERE (visits > 0 OR bucket < :firstBucket)
                        AND previous = CAST(bucket - CAST(:step AS interval) AS date))
                FROM (SELECT bucket, visits, lag(bucket) OVER (PARTITION BY patient_id ORDER BY bucket) AS previous
                      FROM (SELECT CAST(date_trunc(:unit, CAST(day AS timestamp)) AS date) AS bucket, patient_id,
                                count(*) FILTER (WHERE day >= :periodFrom) AS visits
                            FROM read_model.kpi_visit""" + widened.where("day") + """
                            GROUP BY 1, 2) per_patient) with_previous
                GROUP BY bucket"""))
                .param("unit", KpiPeriods.unit(granularity))
                .param("step", "1 " + KpiPeriods.unit(granularity))
                .param("periodFrom", filter.from())
                .param("firstBucket", KpiPeriods.startOf(filter.from(), granularity))
                .query(rs -> {
                    result.put(rs.getObject(1, LocalDate.class),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
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
