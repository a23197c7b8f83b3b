package io.kine.infra.bench;

import io.kine.kernel.organization.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Multiplies a clinic's appointment histories by SQL, for benchmarks only: each copy of an
 * appointment gets a new aggregate id and its events new event ids, the same payloads and
 * metadata otherwise, its start moved back by whole weeks, and its events are appended in their
 * original order. Much faster than commands, and what a replay reads is the same JSON.
 *
 * <p>{@link #copyHistory} copies a whole generated history the same way: appointments, clinical
 * cases, visits with their notes, invoices with their payments and credit notes.
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

    /** The aggregates a history copy repeats; patients, staff, catalog and settings stay as they are. */
    private static final List<String> COPIED = List.of("Appointment", "ClinicalCase", "Visit", "Invoice");
    /** Ids that are not aggregates but must be unique too (primary keys of the read model). */
    private static final Set<String> OWN_IDS = Set.of("paymentId", "lineId", "creditNoteId");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    /** Wall-clock times are kept across daylight saving changes as in the clinics' main zone. */
    private static final ZoneId WALL_CLOCK = ZoneId.of("Europe/Paris");
    private static final int BATCH = 2_000;

    private record Event(long globalIndex, String aggregate, long sequence, String type, String metaData,
            String payload, String payloadRevision, String payloadType, String timeStamp) {
    }

    /** An issue or a credit note of a copy, to be numbered in the order of its new date. */
    private record Numbered(int copy, long globalIndex, String series, LocalDate on) {
    }

    /**
     * Appends {@code copies} copies of the organization's generated history before it, copy
     * {@code k} moved back by {@code k * weeks} weeks: every copied aggregate and payment, line and
     * credit-note id gets a new id, consistently across the payloads that name it (a visit's
     * appointment, an invoice's visit); dates and instants move back (wall-clock times kept);
     * patients, practitioners, locations and catalog items are the same ones, so sealed personal
     * data still opens with the patient's key. Appointments not yet over are not copied. Copied
     * invoices and credit notes are numbered anew in each year in the order of their new dates,
     * after the numbers the organization already has in that year (so in the generated history's
     * own year the copies follow its numbers), and the command side's counters are moved past them.
     * Returns the events appended.
     */
    long copyHistory(OrganizationId organization, JdbcTemplate template, int copies, int weeks) {
        long last = jdbc.sql("SELECT max(global_index) FROM domain_event_entry").query(Long.class).single();
        List<Event> events = jdbc.sql("""
                SELECT global_index, aggregate_identifier, sequence_number, type, meta_data, payload,
                    payload_revision, payload_type, time_stamp
                FROM domain_event_entry
                WHERE type IN (:types) AND meta_data::jsonb ->> 'organizationId' = :org AND global_index <= :last
                ORDER BY global_index
                """).param("types", COPIED).param("org", organization.value().toString()).param("last", last)
                .query((row, index) -> new Event(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)))
                .list();
        ObjectMapper json = JsonMapper.builder().build();
        Set<String> unfinished = new HashSet<>();
        Set<String> copied = new HashSet<>();
        Instant now = Instant.now();
        for (Event event : events) {
            copied.add(event.aggregate());
            if (event.payloadType().endsWith("AppointmentScheduled")
                    && Instant.parse(json.readTree(event.payload()).get("end").stringValue()).isAfter(now)) {
                unfinished.add(event.aggregate());
            }
        }
        events.removeIf(event -> unfinished.contains(event.aggregate()));
        copied.removeAll(unfinished);
        Map<String, Long> numbers = numbers(organization, events, json, copies, weeks);
        Map<String, Long> counters = new HashMap<>();
        String insert = """
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, ?, gen_random_uuid()::text, ?, ?, ?, ?, ?)
                """;
        long inserted = 0;
        for (int copy = copies; copy >= 1; copy--) {
            int days = copy * weeks * 7;
            Map<String, String> ids = new HashMap<>();
            List<Object[]> batch = new ArrayList<>();
            for (Event event : events) {
                ObjectNode payload = (ObjectNode) json.readTree(event.payload());
                move(payload, null, ids, copied, days);
                Long sequence = numbers.get(copy + ":" + event.globalIndex());
                if (sequence != null) {
                    int year = LocalDate.parse(payload.get("issuedOn").stringValue()).getYear();
                    boolean credit = event.payloadType().endsWith("InvoiceCredited");
                    payload.put("year", year);
                    payload.put("sequence", sequence.longValue());
                    payload.put("number", (credit ? "AV-" : "") + "%d-%06d".formatted(year, sequence));
                    counters.merge((credit ? "CREDIT_NOTE:" : "INVOICE:") + year, sequence, Math::max);
                }
                batch.add(new Object[] {ids.computeIfAbsent(event.aggregate(), id -> UUID.randomUUID().toString()),
                        event.sequence(), event.type(), event.metaData(), json.writeValueAsString(payload),
                        event.payloadRevision(), event.payloadType(),
                        Instant.parse(event.timeStamp()).minus(java.time.Duration.ofDays(days)).toString()});
                if (batch.size() == BATCH) {
                    inserted += template.batchUpdate(insert, batch).length;
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                inserted += template.batchUpdate(insert, batch).length;
            }
            System.out.printf("History copy %d (%d weeks back): %,d events appended so far%n", copy, copy * weeks,
                    inserted);
        }
        counters.forEach((key, lastNumber) -> jdbc.sql("""
                INSERT INTO command_model.document_number (organization_id, series, year, last_number)
                VALUES (:org, :series, :year, :last)
                ON CONFLICT (organization_id, series, year)
                DO UPDATE SET last_number = greatest(command_model.document_number.last_number, :last)
                """).param("org", organization.value()).param("series", key.substring(0, key.indexOf(':')))
                .param("year", Integer.parseInt(key.substring(key.indexOf(':') + 1))).param("last", lastNumber)
                .update());
        return inserted;
    }

    /**
     * The numbers of the copies' issues and credit notes ("copy:globalIndex" to sequence): per
     * series and new year, in the order of the new dates, after the organization's last number.
     */
    private Map<String, Long> numbers(OrganizationId organization, List<Event> events, ObjectMapper json, int copies,
            int weeks) {
        List<Numbered> numbered = new ArrayList<>();
        for (Event event : events) {
            boolean credit = event.payloadType().endsWith("InvoiceCredited");
            if (credit || event.payloadType().endsWith("InvoiceIssued")) {
                LocalDate issuedOn = LocalDate.parse(json.readTree(event.payload()).get("issuedOn").stringValue());
                for (int copy = 1; copy <= copies; copy++) {
                    numbered.add(new Numbered(copy, event.globalIndex(), credit ? "CREDIT_NOTE" : "INVOICE",
                            issuedOn.minusWeeks((long) copy * weeks)));
                }
            }
        }
        numbered.sort(Comparator.comparing(Numbered::on).thenComparing(Comparator.comparingInt(Numbered::copy)
                .reversed()).thenComparingLong(Numbered::globalIndex));
        Map<String, Long> counters = new HashMap<>();
        jdbc.sql("SELECT series, year, last_number FROM command_model.document_number WHERE organization_id = :org")
                .param("org", organization.value()).query((row, index) -> counters.put(
                        row.getString("series") + ":" + row.getInt("year"), row.getLong("last_number"))).list();
        Map<String, Long> numbers = new HashMap<>();
        for (Numbered one : numbered) {
            long sequence = counters.merge(one.series() + ":" + one.on().getYear(), 1L, Long::sum);
            numbers.put(one.copy() + ":" + one.globalIndex(), sequence);
        }
        return numbers;
    }

    /** New ids for copied aggregates and own ids, dates and instants moved back, everything else as is. */
    private static void move(JsonNode node, String field, Map<String, String> ids, Set<String> copied, int days) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                JsonNode value = entry.getValue();
                if (value.isString()) {
                    String moved = moved(value.stringValue(), entry.getKey(), ids, copied, days);
                    if (moved != null) {
                        object.replace(entry.getKey(), StringNode.valueOf(moved));
                    }
                } else {
                    move(value, entry.getKey(), ids, copied, days);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isString()) {
                    String moved = moved(value.stringValue(), field, ids, copied, days);
                    if (moved != null) {
                        array.set(i, StringNode.valueOf(moved));
                    }
                } else {
                    move(value, field, ids, copied, days);
                }
            }
        }
    }

    private static String moved(String text, String field, Map<String, String> ids, Set<String> copied, int days) {
        if (UUID_TEXT.matcher(text).matches()) {
            return copied.contains(text) || OWN_IDS.contains(field)
                    ? ids.computeIfAbsent(text, id -> UUID.randomUUID().toString()) : null;
        }
        if (DATE.matcher(text).matches()) {
            return LocalDate.parse(text).minusDays(days).toString();
        }
        if (INSTANT.matcher(text).matches()) {
            return DateTimeFormatter.ISO_INSTANT.format(Instant.parse(text).atZone(WALL_CLOCK).minusDays(days)
                    .toInstant());
        }
        return null;
    }
}
