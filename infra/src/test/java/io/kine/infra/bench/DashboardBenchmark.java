package io.kine.infra.bench;

import io.kine.infra.KineApplication;
import io.kine.infra.demo.DemoHistory;
import io.kine.infra.demo.HistoryShape;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.infra.reporting.DashboardCache;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.GetDashboard;
import io.kine.kernel.reporting.GetRevenue;
import io.kine.kernel.reporting.Granularity;
import io.kine.kernel.reporting.RevenueView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A benchmark, not a test: the dashboards and revenue figures over a clinic with years of
 * history, computed (no cache) and from Redis, p50 / p95 / p99. Two modes, on a database of the
 * machine's PostgreSQL named by {@code bench.database}:
 * <ul>
 * <li>{@code -Dbench.build=true}: generates the clinic through commands with the demo generator
 * ({@code bench.months} of practitioners' hours, patients, appointments and their outcomes,
 * cases, signed visit notes, invoices issued and paid), copies that history {@code bench.copies}
 * times further back by SQL ({@link SyntheticEvents#copyHistory}: the generator writes 200 to
 * 300 events a second on this machine, so 5 years through commands would take hours), waits for the
 * live projections, then measures;
 * with {@code -Dbench.keep=true} the database is kept for later runs (else it is dropped);</li>
 * <li>without it: starts the application on the kept database (Flyway applies newer
 * migrations), rebuilds the projections named in {@code bench.rebuild} if any, waits for the
 * live ones, and measures the largest clinic in it, without generating anything.</li>
 * </ul>
 * Only the public query types are used (GetDashboard, GetRevenue, DashboardCache), so the
 * harness outlives changes to the queries behind them. Figures and command lines:
 * docs/benchmarks.md.
 */
public final class DashboardBenchmark {

    private static final ZoneId CLINIC_ZONE = ZoneId.of("Europe/Paris");

    private final ConfigurableApplicationContext context;
    private final BenchmarkSettings settings;
    private final JdbcClient jdbc;
    private final int runs = Integer.getInteger("bench.runs", 50);
    private final int warmUp = Integer.getInteger("bench.warm-up-runs", 5);

    private DashboardBenchmark(ConfigurableApplicationContext context, BenchmarkSettings settings) {
        this.context = context;
        this.settings = settings;
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        String database = System.getProperty("bench.database", "kine_bench_dashboard");
        boolean build = Boolean.getBoolean("bench.build");
        boolean keep = Boolean.getBoolean("bench.keep") || !build;
        String url = databaseUrl(settings.databaseUrl(), database);
        List<String> lines;
        try {
            if (build) {
                createDatabase(settings, database);
            }
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KineApplication.class)
                    .profiles("test").run(arguments(settings, url))) {
                lines = new DashboardBenchmark(context, settings).run(build);
            } finally {
                if (!keep) {
                    dropDatabase(settings, database);
                }
            }
        } catch (Exception | Error e) {
            // exec:java would wait for Axon's non-daemon threads before saying anything
            e.printStackTrace();
            System.exit(1);
            return;
        }
        lines.forEach(System.out::println);
        System.exit(0);
    }

    /** The benchmark's database by name, kept: not the throwaway one of the other benchmarks. */
    private static String[] arguments(BenchmarkSettings settings, String url) {
        List<String> all = new ArrayList<>(List.of(settings.applicationArguments()));
        all.removeIf(argument -> argument.startsWith("--kine.db.url=") || argument.startsWith("--kine.database.throwaway="));
        all.add("--kine.db.url=" + url);
        all.add("--kine.database.throwaway=false");
        all.add("--kine.projections.batch-size=" + Integer.getInteger("bench.live-batch-size", 500));
        // a query the server gives up on fails its scenario instead of holding the run for minutes
        all.add("--spring.datasource.hikari.connection-init-sql=SET statement_timeout = '"
                + System.getProperty("bench.statement-timeout", "30s") + "'");
        // the generator says where it is, one line per practitioner
        all.add("--logging.level.io.kine.infra.demo=INFO");
        return all.toArray(String[]::new);
    }

    private List<String> run(boolean build) throws Exception {
        List<String> lines = new ArrayList<>();
        OrganizationId clinic;
        if (build) {
            clinic = build(lines);
        } else {
            clinic = largestClinic();
            say(lines, String.format("Kept database: %,d events in the store; clinic %s", lastPosition(), clinic));
            rebuild(lines);
        }
        long catchUp = System.nanoTime();
        awaitLiveProjections();
        say(lines, String.format("Live projections caught up in %d s", seconds(catchUp)));
        say(lines, eventCounts(clinic));
        measure(clinic, lines);
        lines.add(pgbench());
        lines.add("PostgreSQL " + jdbc.sql("SHOW server_version").query(String.class).single() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + jdbc.sql("SELECT current_database()")
                        .query(String.class).single());
        return lines;
    }

    /** Printed at once too: a later step failing or timing out must not lose it. */
    private static void say(List<String> lines, String line) {
        System.out.println(line);
        lines.add(line);
    }

    private OrganizationId build(List<String> lines) throws InterruptedException {
        int months = Integer.getInteger("bench.months", 3);
        HistoryShape shape = new HistoryShape(Integer.getInteger("bench.practitioners", 20), 2,
                Integer.getInteger("bench.patients", 200), months, 2,
                Double.parseDouble(System.getProperty("bench.fill-rate", "0.4")), Long.getLong("bench.seed", 2026L));
        long started = System.nanoTime();
        long before = lastPosition();
        DemoHistory.Summary generated = context.getBean(DemoHistory.class).createClinic(shape,
                Integer.getInteger("bench.threads", 4));
        long took = Math.max(1, seconds(started));
        long events = lastPosition() - before;
        String line = String.format("Generated through commands: %s, %,d appointments, %,d events in %d s (%,d events/s);"
                + " clinic %s", shape, generated.appointments(), events, took, events / took, generated.organizationId());
        System.out.println(line);
        lines.add(line);
        int copies = Integer.getInteger("bench.copies", 19);
        if (copies > 0) {
            int weeks = Math.max(1, (int) Math.round(months * 52 / 12.0));
            long copyStart = System.nanoTime();
            long copied = new SyntheticEvents(jdbc).copyHistory(generated.organizationId(),
                    context.getBean(JdbcTemplate.class), copies, weeks);
            line = String.format("Copied by SQL: %d copies of the history, %d weeks apart, %,d events in %d s;"
                    + " event store now holds %,d events", copies, weeks, copied, seconds(copyStart), lastPosition());
            System.out.println(line);
            lines.add(line);
        }
        return generated.organizationId();
    }

    /** The kept clinic: the organization with the most appointments. */
    private OrganizationId largestClinic() {
        UUID organization = jdbc.sql("""
                SELECT organization_id FROM read_model.appointment GROUP BY organization_id
                ORDER BY count(*) DESC LIMIT 1
                """).query(UUID.class).optional()
                .orElseThrow(() -> new IllegalStateException("No clinic in this database: build it with -Dbench.build=true"));
        return new OrganizationId(organization);
    }

    private void rebuild(List<String> lines) throws Exception {
        String names = System.getProperty("bench.rebuild", "");
        if (names.isBlank()) {
            return;
        }
        awaitLiveProjections();
        for (String projection : names.split(",")) {
            lines.add(LiveProjections.rebuild(context, projection.strip()));
        }
    }

    private void measure(OrganizationId clinic, List<String> lines) {
        KineUser owner = new KineUser(UUID.randomUUID(), clinic.value(), "bench@kine.invalid", "Bench",
                Set.of(Role.OWNER), true, "unused");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(owner, null, owner.getAuthorities()));
        try {
            LocalDate today = LocalDate.now(CLINIC_ZONE);
            LocalDate year = today.minusYears(1).plusDays(1);
            LocalDate fiveYears = today.minusYears(5).plusDays(1);
            UserId practitioner = new UserId(jdbc.sql("""
                    SELECT practitioner_id FROM read_model.appointment WHERE organization_id = :org
                    GROUP BY practitioner_id ORDER BY count(*) DESC, practitioner_id LIMIT 1
                    """).param("org", clinic.value()).query(UUID.class).single());
            LocationId location = new LocationId(jdbc.sql("""
                    SELECT location_id FROM read_model.appointment WHERE organization_id = :org
                    GROUP BY location_id ORDER BY count(*) DESC, location_id LIMIT 1
                    """).param("org", clinic.value()).query(UUID.class).single());
            say(lines, String.format("Dashboards up to %s, %d runs after %d warm-up runs, ms (p50 / p95 / p99):",
                    today, runs, warmUp));
            lines.add(dashboard("organization, 12 months by month",
                    new GetDashboard(clinic, year, today, null, null, Granularity.MONTH)));
            lines.add(dashboard("organization, 5 years by month",
                    new GetDashboard(clinic, fiveYears, today, null, null, Granularity.MONTH)));
            lines.add(dashboard("one practitioner, 5 years by week",
                    new GetDashboard(clinic, fiveYears, today, null, practitioner, Granularity.WEEK)));
            lines.add(dashboard("one location, 12 months by week",
                    new GetDashboard(clinic, year, today, location, null, Granularity.WEEK)));
            lines.add(revenue("revenue, organization, 12 months", new GetRevenue(clinic, year, today, null, null)));
            lines.add(revenue("revenue, organization, 5 years", new GetRevenue(clinic, fiveYears, today, null, null)));
            lines.add(revenue("revenue, one practitioner, 5 years",
                    new GetRevenue(clinic, fiveYears, today, null, practitioner)));
            lines.add(revenue("revenue, one location, 12 months",
                    new GetRevenue(clinic, year, today, location, null)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String dashboard(String name, GetDashboard query) {
        try {
            return timeDashboard(name, query);
        } catch (RuntimeException failed) {
            return failed(name, failed);
        }
    }

    private String revenue(String name, GetRevenue query) {
        try {
            return timeRevenue(name, query);
        } catch (RuntimeException failed) {
            return failed(name, failed);
        }
    }

    /** A scenario that fails (a query timeout) says so and the run goes on with the next one. */
    private static String failed(String name, RuntimeException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String line = String.format("  %-38s failed: %s: %s", name, cause.getClass().getSimpleName(),
                String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
        System.out.println(line);
        return line;
    }

    private String timeDashboard(String name, GetDashboard query) {
        ReadModelQueries queries = context.getBean(ReadModelQueries.class);
        DashboardCache cache = context.getBean(DashboardCache.class);
        Supplier<DashboardView> ask = () -> queries.ask(query, ResponseTypes.instanceOf(DashboardView.class));
        return line(name, time(ask), time(() -> cache.get(query.organizationId(), query.toString(),
                DashboardView.class, ask)));
    }

    /** Revenue through the query bus, and from the dashboard cache, as the reports page asks it. */
    private String timeRevenue(String name, GetRevenue query) {
        ReadModelQueries queries = context.getBean(ReadModelQueries.class);
        DashboardCache cache = context.getBean(DashboardCache.class);
        Supplier<RevenueView> ask = () -> queries.ask(query, ResponseTypes.instanceOf(RevenueView.class));
        return line(name, time(ask), time(() -> cache.get(query.organizationId(), "bench:" + query,
                RevenueView.class, ask)));
    }

    private static String line(String name, double[] computed, double[] cached) {
        String line = String.format("  %-38s computed %8.1f / %8.1f / %8.1f   cached %6.1f / %6.1f / %6.1f", name,
                computed[0], computed[1], computed[2], cached[0], cached[1], cached[2]);
        // printed at once: a slower scenario timing out must not lose the figures before it
        System.out.println(line);
        return line;
    }

    private double[] time(Supplier<?> ask) {
        for (int i = 0; i < warmUp; i++) {
            ask.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ask.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99)};
    }

    private static double percentile(double[] sorted, double share) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * share) - 1)];
    }

    /** How much of each kind of history the clinic has, from the event store. */
    private String eventCounts(OrganizationId clinic) {
        List<String> kinds = jdbc.sql("""
                SELECT type, count(*) AS n FROM domain_event_entry
                WHERE meta_data::jsonb ->> 'organizationId' = :org GROUP BY type ORDER BY 2 DESC
                """).param("org", clinic.value().toString()).query((row, index) ->
                        String.format("%s %,d", row.getString("type"), row.getLong("n"))).list();
        long total = jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
        LocalDate first = jdbc.sql("SELECT min(visited_on) FROM read_model.visit WHERE organization_id = :org")
                .param("org", clinic.value()).query(LocalDate.class).single();
        return String.format("Event store: %,d events; the clinic's by aggregate: %s; visits since %s", total,
                String.join(", ", kinds), first);
    }

    private String pgbench() throws Exception {
        BenchmarkSettings oneClient = new BenchmarkSettings(settings.warmUp(), 1, 1, 1, settings.pgbenchSeconds(),
                settings.pgbench(), settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.redisUrl());
        String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
        jdbc.sql("DROP TABLE IF EXISTS bench_one_row_insert").update();
        try {
            Pgbench.Result result = Pgbench.run(oneClient, url, jdbc);
            return String.format("pgbench one-row INSERT, 1 client: %.1f tps (%s)", result.transactionsPerSecond(),
                    result.commandLine());
        } finally {
            jdbc.sql("DROP TABLE IF EXISTS bench_one_row_insert").update();
        }
    }

    private void awaitLiveProjections() throws InterruptedException {
        LiveProjections.awaitCaughtUp(context,
                List.of(System.getProperty("bench.await", "kpi,appointment,billing,visit").split(",")));
    }

    private long lastPosition() {
        return LiveProjections.lastPosition(jdbc);
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    /** The server of {@code kine.db.url} with the benchmark's database instead of the one it names. */
    private static String databaseUrl(String serverUrl, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bench.database must be a plain lower-case name: " + database);
        }
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    private static void createDatabase(BenchmarkSettings settings, String database) throws SQLException {
        try (Connection server = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword());
                var exists = server.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                throw new IllegalStateException("Database " + database + " exists already: drop it, or run without"
                        + " -Dbench.build to measure it");
            }
            server.createStatement().execute("CREATE DATABASE " + database);
        }
    }

    private static void dropDatabase(BenchmarkSettings settings, String database) {
        try (Connection server = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword())) {
            server.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop " + database + ": " + e.getMessage());
        }
    }
}
