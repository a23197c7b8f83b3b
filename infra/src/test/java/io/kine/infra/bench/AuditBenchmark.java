package io.kine.infra.bench;

import io.kine.infra.KineApplication;
import io.kine.infra.audit.AuditEvents;
import io.kine.infra.audit.ChainLinks;
import io.kine.infra.audit.ChainReport;
import io.kine.infra.audit.ChainVerifier;
import io.kine.infra.audit.EventExport;
import io.kine.infra.audit.EventFilter;
import io.kine.infra.audit.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test: the audit trail over 1,000,000 events of one clinic (plus 200,000 of
 * another, so the organization filter has work to do). Rows are generated in SQL straight into
 * the event table, as an old installation would hold them. It measures a filtered page of the
 * event browser (keyset, rendered with before/after), NDJSON/CSV/FHIR export rate and the
 * heap it needs, the chain processor's sealing rate, and verify over the whole chain.
 * Figures: docs/benchmarks.md.
 */
public final class AuditBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
    private static final int OTHER_EVENTS = Integer.getInteger("bench.other-events", 200_000);
    private static final int PATIENTS = Integer.getInteger("bench.patients", 100_000);
    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 30);
    private static final int CHAIN_SECONDS = Integer.getInteger("bench.chain-seconds", 60);

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KineApplication.class)
                .profiles("test").run(settings.applicationArguments())) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            // projections and the chain would start on the generated rows at once; only the chain is measured
            processing.eventProcessors().values().forEach(org.axonframework.eventhandling.EventProcessor::shutDown);
            StreamingEventProcessor chain = processing
                    .eventProcessor(ChainLinks.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
            UUID clinic = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            long start = System.nanoTime();
            generate(jdbc, other, OTHER_EVENTS, 0);
            generate(jdbc, clinic, EVENTS, OTHER_EVENTS);
            jdbc.sql("ANALYZE domain_event_entry").update();
            System.out.printf("%nAudit trail: %,d events of one clinic + %,d of another, loaded in %.1f s, %s%n",
                    EVENTS, OTHER_EVENTS, (System.nanoTime() - start) / 1e9,
                    jdbc.sql("SHOW server_version").query(String.class).single());
            browse(context.getBean(AuditEvents.class), jdbc, clinic);
            export(context.getBean(EventExport.class), clinic);
            seal(chain, jdbc, clinic);
            fill(context.getBean(AuditEvents.class), context.getBean(org.springframework.jdbc.core.JdbcTemplate.class),
                    jdbc, clinic);
            verify(context.getBean(ChainVerifier.class), jdbc, clinic);
        }
        System.exit(0);
    }

    /** Patients registered, then updated eight times, then archived, by 20 staff over two years. */
    private static void generate(JdbcClient jdbc, UUID organization, int count, int offset) {
        jdbc.sql("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                    payload, payload_revision, payload_type, time_stamp)
                SELECT p.id, i / :patients, 'Patient', gen_random_uuid()::text,
                       '{"traceId":"' || gen_random_uuid() || '","organizationId":"' || :org || '","actorId":"'
                           || md5('actor' || (i % 20) || :org)::uuid || '","actorRoles":"ASSISTANT","requestId":"req-'
                           || i || '","correlationId":"' || gen_random_uuid() || '"}',
                       CASE WHEN i / :patients IN (0, 9) THEN '{"patientId":"' || p.id || '","organizationId":"' || :org || '"'
                                || CASE WHEN i / :patients = 0 THEN ',' || p.details ELSE '' END || '}'
                            ELSE '{"patientId":"' || p.id || '","organizationId":"' || :org || '",' || p.details || '}' END,
                       '1',
                       CASE i / :patients WHEN 0 THEN 'io.kine.kernel.patients.PatientRegistered'
                            WHEN 9 THEN 'io.kine.kernel.patients.PatientArchived'
                            ELSE 'io.kine.kernel.patients.PatientDetailsUpdated' END,
                       to_char((TIMESTAMPTZ '2024-11-24 00:00:00+00' + (i + :offset) * INTERVAL '50 seconds') AT TIME ZONE 'UTC',
                               'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                FROM generate_series(0, :count - 1) AS i,
                     LATERAL (SELECT md5('patient' || (i % :patients) || :org)::uuid::text AS id,
                                     '"details":{"firstName":"Amina","lastName":"Benali' || (i % :patients)
                                     || '","dateOfBirth":"1985-03-14","sex":"FEMALE","phone":"+336' || lpad((i % 97)::text, 8, '0')
                                     || '","email":null,"address":{"street":"3 rue des Lilas","postalCode":"75011","city":"'
                                     || (ARRAY['Paris','Lyon','Rabat','Casablanca'])[1 + (i / :patients) % 4]
                                     || '","country":"France"},"insurance":{"insurer":"MGEN","policyNumber":null}}' AS details) p
                """)
                .param("patients", Math.min(PATIENTS, Math.max(1, count / 10)))
                .param("org", organization.toString()).param("count", count).param("offset", offset)
                .update();
    }

    private static void browse(AuditEvents events, JdbcClient jdbc, UUID clinic) {
        long middle = jdbc.sql("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY global_index) FROM domain_event_entry "
                + "WHERE meta_data::jsonb ->> 'organizationId' = :o").param("o", clinic.toString()).query(Long.class).single();
        String patient = jdbc.sql("SELECT aggregate_identifier FROM domain_event_entry WHERE global_index = :i")
                .param("i", middle).query(String.class).single();
        UUID actor = jdbc.sql("SELECT CAST(meta_data::jsonb ->> 'actorId' AS uuid) FROM domain_event_entry WHERE global_index = :i")
                .param("i", middle).query(UUID.class).single();
        Instant from = Instant.parse("2025-06-01T00:00:00Z");
        System.out.printf("%n%-52s %8s %8s %8s%n", "event browser page (50 rows, rendered)", "p50 ms", "p95 ms", "max ms");
        page("newest page, no filter", () -> events.page(filter(clinic, null, null, null, null, null, null), 50));
        page("page in the middle (before = median index)", () -> events.page(filter(clinic, null, null, null, null, null, middle), 50));
        page("one record (10 events)", () -> events.page(filter(clinic, null, patient, null, null, null, null), 50));
        page("one actor", () -> events.page(filter(clinic, null, null, actor, null, null, null), 50));
        page("one actor, middle", () -> events.page(filter(clinic, null, null, actor, null, null, middle), 50));
        page("event type PatientArchived", () -> events.page(filter(clinic, null, null, null, "PatientArchived", null, null), 50));
        page("one week in June 2025", () -> events.page(filter(clinic, null, null, null, null, from, null), 50));
        page("record type Patient + actor + type", () -> events.page(filter(clinic, "Patient", null, actor,
                "PatientDetailsUpdated", null, null), 50));
    }

    private static EventFilter filter(UUID clinic, String type, String record, UUID actor, String eventType, Instant from,
            Long before) {
        return new EventFilter(clinic, type, record, actor, eventType, from, from == null ? null : from.plusSeconds(7 * 86400),
                before, null);
    }

    private static void page(String name, Supplier<AuditEvents.Page> page) {
        for (int i = 0; i < 3; i++) {
            page.get();
        }
        long[] nanos = new long[REPETITIONS];
        int rows = 0;
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            rows = page.get().entries().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-52s %8.1f %8.1f %8.1f  (%d rows)%n", name, millis(nanos, 0.5), millis(nanos, 0.95),
                nanos[nanos.length - 1] / 1e6, rows);
    }

    private static void export(EventExport export, UUID clinic) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("%n%-10s %12s %10s %12s %14s %14s%n", "export", "events", "seconds", "events/s", "MB written",
                "peak heap MB");
        for (ExportFormat format : ExportFormat.values()) {
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            Counting out = new Counting();
            long start = System.nanoTime();
            export.write(new EventFilter(clinic, null, null, null, null, null, null, null, null), format, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            System.out.printf("%-10s %,12d %10.1f %,12.0f %14.1f %14.1f%n", format, out.lines, seconds,
                    out.lines / seconds, out.bytes / 1e6, peak.get() / 1e6);
        }
        System.out.printf("(heap limit %.0f MB)%n", memory.getHeapMemoryUsage().getMax() / 1e6);
    }

    private static void seal(StreamingEventProcessor chain, JdbcClient jdbc, UUID clinic) throws InterruptedException {
        long before = links(jdbc);
        long start = System.nanoTime();
        chain.start();
        Thread.sleep(CHAIN_SECONDS * 1000L);
        chain.shutDown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long sealed = links(jdbc) - before;
        System.out.printf("%nChain processor: %,d events sealed in %.0f s = %,.0f events/s (single segment, batch 200)%n",
                sealed, seconds, sealed / seconds);
    }

    /**
     * Seals the rest of the clinic's events in bulk with the processor's arithmetic (the
     * processor itself would need minutes for a million), so verify walks a whole chain.
     */
    private static void fill(AuditEvents events, org.springframework.jdbc.core.JdbcTemplate template, JdbcClient jdbc,
            UUID clinic) {
        long start = System.nanoTime();
        long[] head = {jdbc.sql("SELECT coalesce(max(link_number), 0) FROM audit.event_chain WHERE organization_id = :o")
                .param("o", clinic).query(Long.class).single()};
        long after = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM audit.event_chain WHERE organization_id = :o")
                .param("o", clinic).query(Long.class).single();
        byte[][] hash = {head[0] == 0 ? ChainLinks.GENESIS : jdbc.sql(
                "SELECT link_hash FROM audit.event_chain WHERE organization_id = :o AND link_number = :n")
                .param("o", clinic).param("n", head[0]).query(byte[].class).single()};
        java.util.List<Object[]> batch = new java.util.ArrayList<>();
        String insert = "INSERT INTO audit.event_chain (organization_id, link_number, global_index, event_identifier, "
                + "occurred_at, link_hash) VALUES (?, ?, ?, ?, ?, ?)";
        long[] sealed = {0};
        events.stream(new EventFilter(clinic, null, null, null, null, null, null, null, null), event -> {
            if (event.globalIndex() <= after) {
                return;
            }
            hash[0] = ChainLinks.next(hash[0], event);
            batch.add(new Object[] {clinic, ++head[0], event.globalIndex(), event.eventIdentifier(),
                    java.sql.Timestamp.from(Instant.parse(event.timeStamp())), hash[0]});
            sealed[0]++;
            if (batch.size() == 1000) {
                template.batchUpdate(insert, batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            template.batchUpdate(insert, batch);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Bulk sealing of the clinic's remaining %,d events: %.1f s = %,.0f events/s%n", sealed[0],
                seconds, sealed[0] / seconds);
    }

    private static void verify(ChainVerifier verifier, JdbcClient jdbc, UUID clinic) {
        long start = System.nanoTime();
        ChainReport report = verifier.verify(clinic);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Verify: %,d links walked in %.1f s = %,.0f links/s, intact=%s%n", report.verifiedLinks(),
                seconds, report.verifiedLinks() / seconds, report.intact());
    }

    private static long links(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM audit.event_chain").query(Long.class).single();
    }

    private static double millis(long[] sorted, double percentile) {
        return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
    }

    /** Counts what an export writes, and throws it away: the network is not what is measured. */
    private static final class Counting extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
