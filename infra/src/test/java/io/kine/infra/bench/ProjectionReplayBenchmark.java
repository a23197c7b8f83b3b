package io.kine.infra.bench;

import io.kine.infra.KineApplication;
import io.kine.infra.TestClinics;
import io.kine.infra.demo.DemoHistory;
import io.kine.infra.demo.HistoryShape;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test: how fast a projection is rebuilt from a large history. A clinic is
 * generated through commands (practitioners, working hours, patients, a few months of
 * appointments), then its appointment events are multiplied by SQL up to {@code bench.events}
 * (copies of real events with new ids and dates, in order), the live projections catch up, and
 * each projection named in {@code bench.projections} is rebuilt while the application runs.
 * Figures and how to run it: docs/benchmarks.md.
 */
public final class ProjectionReplayBenchmark {

    private final BenchmarkSettings settings;
    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;

    private ProjectionReplayBenchmark(ConfigurableApplicationContext context, BenchmarkSettings settings) {
        this.settings = settings;
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<String> lines;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KineApplication.class)
                .profiles("test").run(withLargerLiveBatches(settings.applicationArguments()))) {
            lines = new ProjectionReplayBenchmark(context, settings).run();
        } catch (Exception | Error e) {
            // exec:java would wait for Axon's non-daemon threads before saying anything
            e.printStackTrace();
            System.exit(1);
            return;
        }
        lines.forEach(System.out::println);
        System.exit(0);
    }

    /** Only shortens the live projections' catch-up after the copy; the rebuild's batches are its own. */
    private static String[] withLargerLiveBatches(String[] arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--kine.projections.batch-size=" + Integer.getInteger("bench.live-batch-size", 500));
        return all.toArray(String[]::new);
    }

    private List<String> run() throws Exception {
        long target = Long.getLong("bench.events", 1_000_000L);
        List<String> projections = List.of(System.getProperty("bench.projections", "kpi,appointment").split(","));
        List<String> lines = new ArrayList<>();
        long started = System.nanoTime();
        var clinic = new TestClinics(context).aClinic().organizationId();
        var generated = context.getBean(DemoHistory.class).createClinic(
                new HistoryShape(Integer.getInteger("bench.practitioners", 20), 2, 200,
                        Integer.getInteger("bench.months", 2), 1, 0.75, 2026L), 4);
        lines.add(String.format("Generated through commands: %d appointments, %d commands in %d s",
                generated.appointments(), generated.commands(), seconds(started)));
        long insertStart = System.nanoTime();
        long inserted = new SyntheticEvents(jdbc).multiply(generated.organizationId(), target - lastPosition());
        lines.add(String.format("Copied by SQL: %d events in %d s; event store now holds %d events (unused clinic %s)",
                inserted, seconds(insertStart), lastPosition(), clinic));
        if (!Boolean.getBoolean("bench.skip-live-wait")) {
            long catchUpStart = System.nanoTime();
            awaitLiveProjections(projections);
            lines.add(String.format("Live projections %s caught up %d s after the copy", projections,
                    seconds(catchUpStart)));
        }
        for (String projection : projections) {
            lines.add(LiveProjections.rebuild(context, projection));
        }
        BenchmarkSettings oneClient = new BenchmarkSettings(settings.warmUp(), 1, 1, 1, settings.pgbenchSeconds(),
                settings.pgbench(), settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.redisUrl());
        String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
        Pgbench.Result pgbench = Pgbench.run(oneClient, url, jdbc);
        lines.add(String.format("pgbench one-row INSERT, 1 client: %.1f tps (%s)", pgbench.transactionsPerSecond(),
                pgbench.commandLine()));
        lines.add("PostgreSQL " + jdbc.sql("SHOW server_version").query(String.class).single() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        return lines;
    }

    private void awaitLiveProjections(List<String> projections) throws InterruptedException {
        LiveProjections.awaitCaughtUp(context, projections);
    }

    private long lastPosition() {
        return LiveProjections.lastPosition(jdbc);
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
