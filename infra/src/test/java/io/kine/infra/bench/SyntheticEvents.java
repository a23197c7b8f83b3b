package io.kine.infra.bench;

import io.kine.kernel.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Multiplies a clinic's appointment histories by SQL, for benchmarks only: each copy of an
 * appointment gets a new aggregate id and its events new event ids, the same payloads and
 * metadata otherwise, its start moved back by whole weeks, and its events are appended in their
 * original order. Much faster than commands, and what a replay reads is the same JSON.
 */
final class SyntheticEvents {

    private final JdbcClient jdbc;

    SyntheticEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends copies of the organization's appointment events until about {@code events} more exist. */
    long multiply(OrganizationId organization, long events) {
        long perCopy = jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE type = 'Appointment' AND meta_data::jsonb ->> 'organizationId' = :org
                """).param("org", organization.value().toString()).query(Long.class).single();
        if (perCopy == 0 || events <= 0) {
            return 0;
        }
        long copies = (events + perCopy - 1) / perCopy;
        long last = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        long inserted = 0;
        for (long copy = 1; copy <= copies; copy++) {
            inserted += jdbc.sql("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    SELECT copies.copy_id, e.sequence_number, e.type, gen_random_uuid()::text, e.meta_data,
                        CASE WHEN (e.payload::jsonb ->> 'start') IS NOT NULL THEN
                            jsonb_set(jsonb_set(e.payload::jsonb || jsonb_build_object('appointmentId', copies.copy_id),
                                '{start}', to_jsonb(to_char(((e.payload::jsonb ->> 'start')::timestamptz
                                    - make_interval(weeks => :weeks)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))),
                                '{end}', to_jsonb(to_char(((e.payload::jsonb ->> 'end')::timestamptz
                                    - make_interval(weeks => :weeks)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')))::text
                        ELSE (e.payload::jsonb || jsonb_build_object('appointmentId', copies.copy_id))::text END,
                        e.payload_revision, e.payload_type, e.time_stamp
                    FROM domain_event_entry e
                    JOIN (SELECT aggregate_identifier, gen_random_uuid()::text AS copy_id
                          FROM (SELECT DISTINCT aggregate_identifier FROM domain_event_entry
                                WHERE type = 'Appointment' AND meta_data::jsonb ->> 'organizationId' = :org
                                  AND global_index <= :last) originals) copies
                      USING (aggregate_identifier)
                    WHERE e.global_index <= :last
                    ORDER BY e.global_index
                    """)
                    .param("org", organization.value().toString())
                    .param("weeks", (int) (copy * 10))
                    .param("last", last)
                    .update();
        }
        return inserted;
    }
}
