package io.kine.infra.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chain's head at the end of each day, with the day's count: a short list a clinic can
 * print or mail away as an external witness. Anyone holding yesterday's line can later check
 * that link {@code lastLink} still has hash {@code headHash}; rewriting history would change it.
 */
@Component
public class DailyDigest {

    /** One day of one organization's chain. */
    public record Day(LocalDate day, long events, long lastLink, String headHash) {
    }

    private final JdbcClient jdbc;

    DailyDigest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Days in {@code [from, to]}, in the given zone, oldest first; days without events are left out. */
    public List<Day> days(UUID organization, LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                SELECT d.day, d.events, d.last_link, c.link_hash FROM (
                    SELECT (occurred_at AT TIME ZONE :zone)::date AS day, count(*) AS events, max(link_number) AS last_link
                    FROM audit.event_chain
                    WHERE organization_id = :org AND occurred_at >= CAST(CAST(:from AS date) AS timestamp) AT TIME ZONE :zone
                      AND occurred_at < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE :zone
                    GROUP BY 1) d
                JOIN audit.event_chain c ON c.organization_id = :org AND c.link_number = d.last_link
                ORDER BY d.day
                """)
                .param("zone", zone.getId())
                .param("org", organization)
                .param("from", from.toString())
                .param("to", to.toString())
                .query((row, n) -> new Day(row.getObject("day", LocalDate.class), row.getLong("events"),
                        row.getLong("last_link"), ChainLinks.hex(row.getBytes("link_hash"))))
                .list();
    }
}
