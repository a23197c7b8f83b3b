package io.kine.infra.bench;

import io.kine.infra.KineApplication;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.patients.UpdatePatientDetails;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test (surefire skips {@code *Benchmark}): patient commands per second
 * through the command gateway from concurrent senders, new aggregates (register-patient) and
 * appends to existing ones (update-patient), set against pgbench's one-row INSERT transactions on
 * the same PostgreSQL server in the same run; then how long the read model takes to catch up.
 * How to run it and the figures so far: docs/benchmarks.md.
 */
public final class PatientCommandBenchmark {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(5);
    /** Also the resolution of the projection lag. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private final BenchmarkSettings settings;
    private final SystemCommands commands;
    private final JdbcClient jdbc;
    private final String databaseUrl;
    private final OrganizationId clinic;
    private final ExecutorService senders;
    /** Each patient's version after the last command sent to it: what the read model must reach. */
    private final Map<PatientId, Long> sentVersions = new ConcurrentHashMap<>();

    private PatientCommandBenchmark(ConfigurableApplicationContext context, BenchmarkSettings settings) {
        this.settings = settings;
        this.commands = context.getBean(SystemCommands.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.databaseUrl = context.getEnvironment().getRequiredProperty("spring.datasource.url");
        this.clinic = new TestClinics(context).aClinic().organizationId();
        this.senders = Executors.newFixedThreadPool(settings.senders());
    }

    public static void main(String[] args) throws Exception {
        // Axon asks a remote server for updates at start-up; a benchmark must not phone home either.
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        BenchmarkReport report;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KineApplication.class)
                .profiles("test").run(settings.applicationArguments())) {
            report = new PatientCommandBenchmark(context, settings).run();
        }
        report.print(System.out);
        // Under exec:java this ends Maven's JVM too, whose shutdown hook drops the throwaway database.
        System.exit(0);
    }

    private BenchmarkReport run() throws Exception {
        try {
            warmUp();
            List<PatientId> patients = newPatientIds(settings.registrations());
            Phase registrations = register(patients);
            Phase updates = update(patients, settings.updates());
            long stoppedAt = System.nanoTime();
            long recorded = recordedEvents();
            long eventsBehindAtStop = recorded - projectedEvents();
            awaitProjection(recorded, stoppedAt);
            Duration projectionLag = Duration.ofNanos(System.nanoTime() - stoppedAt);
            // after the projection has caught up, so pgbench has the server to itself like the commands had
            Pgbench.Result pgbench = Pgbench.run(settings, databaseUrl, jdbc);
            return new BenchmarkReport(settings, serverVersion(), registrations, updates, pgbench, projectionLag,
                    eventsBehindAtStop);
        } finally {
            senders.shutdownNow();
        }
    }

    /** Lets the JIT, the connection pool and PostgreSQL's caches settle before anything is timed. */
    private void warmUp() throws InterruptedException {
        List<PatientId> patients = newPatientIds(settings.warmUp());
        register(patients);
        update(patients, settings.warmUp());
    }

    private Phase register(List<PatientId> patients) throws InterruptedException {
        return measure("register-patient", patients.size(), i -> {
            PatientId patient = patients.get(i);
            commands.send(new RegisterPatient(patient, clinic, details(i, 0)), clinic);
            sentVersions.put(patient, 0L);
        });
    }

    /** Update {@code n} goes to patient {@code n mod patients}, so the updates spread over all of them. */
    private Phase update(List<PatientId> patients, int count) throws InterruptedException {
        return measure("update-patient", count, n -> {
            int i = n % patients.size();
            PatientId patient = patients.get(i);
            // a new street every time: unchanged details would append no event
            Long version = commands.send(new UpdatePatientDetails(patient, clinic, details(i, n + 1), null), clinic);
            sentVersions.merge(patient, version, Math::max);
        });
    }

    /**
     * Sends commands 0 to count - 1, each sender taking the next one as soon as its previous
     * command completes, and times each command and the whole burst.
     */
    private Phase measure(String command, int count, IntConsumer send) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        Callable<Void> sender = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                long start = System.nanoTime();
                send.accept(i);
                latencies[i] = System.nanoTime() - start;
            }
            return null;
        };
        long start = System.nanoTime();
        List<Future<Void>> done = senders.invokeAll(Collections.nCopies(settings.senders(), sender));
        long elapsed = System.nanoTime() - start;
        for (Future<Void> sent : done) {
            try {
                sent.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(command + " failed", e.getCause());
            }
        }
        return Phase.of(command, elapsed, latencies);
    }

    private void awaitProjection(long recorded, long stoppedAt) throws InterruptedException {
        while (projectedEvents() < recorded) {
            if (System.nanoTime() - stoppedAt > PROJECTION_TIMEOUT.toNanos()) {
                throw new IllegalStateException("The patient read model is still "
                        + (recorded - projectedEvents()) + " events behind after " + PROJECTION_TIMEOUT);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** Each patient has recorded its registration (version 0) and then one event per version. */
    private long recordedEvents() {
        return sentVersions.size() + sentVersions.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Each projected event added a patient's row (version 0) or raised its version by one. */
    private long projectedEvents() {
        return jdbc.sql("""
                SELECT count(*) + coalesce(sum(version), 0) FROM read_model.patient WHERE organization_id = :org
                """).param("org", clinic.value()).query(Long.class).single();
    }

    private String serverVersion() {
        return jdbc.sql("SHOW server_version").query(String.class).single();
    }

    private static List<PatientId> newPatientIds(int count) {
        return Stream.generate(PatientId::random).limit(count).toList();
    }

    /** Patient {@code i}'s details at {@code revision}: valid, and different for every revision. */
    private static PatientDetails details(int i, int revision) {
        return new PatientDetails("Bench", "Patient " + i, LocalDate.of(1950, 1, 1).plusDays(i % 20_000),
                i % 2 == 0 ? Sex.FEMALE : Sex.MALE, String.format("+3361%07d", i % 10_000_000),
                "patient" + i + "@example.org",
                new PostalAddress(revision + " rue de la Roquette", "75011", "Paris", "France"),
                new Insurance("MGEN", String.valueOf(100_000 + i)));
    }
}
