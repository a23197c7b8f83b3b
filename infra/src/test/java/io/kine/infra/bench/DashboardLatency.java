package io.kine.infra.bench;

import io.kine.infra.messaging.ReadModelQueries;
import io.kine.infra.reporting.DashboardCache;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.GetDashboard;
import io.kine.kernel.reporting.Granularity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Dashboard latency over the benchmark's clinic, as an owner asks it: server-side aggregation
 * through the query bus (cache missed) and from Redis (cache hit), p50 and p95 of each.
 */
final class DashboardLatency {

    private static final int WARM_UP = 5;
    private static final int RUNS = 50;

    private final ReadModelQueries queries;
    private final DashboardCache cache;
    private final JdbcClient jdbc;

    DashboardLatency(ConfigurableApplicationContext context) {
        this.queries = context.getBean(ReadModelQueries.class);
        this.cache = context.getBean(DashboardCache.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    List<String> measure(OrganizationId clinic) {
        KineUser owner = new KineUser(UUID.randomUUID(), clinic.value(), "bench@kine.invalid", "Bench",
                Set.of(Role.OWNER), true, "unused");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(owner, null, owner.getAuthorities()));
        LocalDate last = jdbc.sql("SELECT max(day) FROM read_model.daily_utilization WHERE organization_id = :org")
                .param("org", clinic.value()).query(LocalDate.class).single();
        LocalDate first = jdbc.sql("SELECT min(day) FROM read_model.daily_utilization WHERE organization_id = :org")
                .param("org", clinic.value()).query(LocalDate.class).single();
        UUID practitioner = jdbc.sql("SELECT practitioner_id FROM read_model.daily_utilization WHERE organization_id = :org"
                + " LIMIT 1").param("org", clinic.value()).query(UUID.class).single();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Dashboard latency over %s to %s (p50 / p95 of %d runs, ms):", first, last, RUNS));
        lines.add(line("organization, 12 months by month", new GetDashboard(clinic, last.minusMonths(12).plusDays(1),
                last, null, null, Granularity.MONTH)));
        lines.add(line("organization, whole history by month", new GetDashboard(clinic, first, last, null, null,
                Granularity.MONTH)));
        lines.add(line("one practitioner, whole history by week", new GetDashboard(clinic, first, last, null,
                new UserId(practitioner), Granularity.WEEK)));
        SecurityContextHolder.clearContext();
        return lines;
    }

    private String line(String name, GetDashboard query) {
        double[] missed = time(() -> queries.ask(query, ResponseTypes.instanceOf(DashboardView.class)));
        double[] hit = time(() -> cache.get(query.organizationId(), query.toString(), DashboardView.class,
                () -> queries.ask(query, ResponseTypes.instanceOf(DashboardView.class))));
        String line = String.format("  %-42s computed %7.1f / %7.1f   cached %5.1f / %5.1f", name, missed[0],
                missed[1], hit[0], hit[1]);
        // printed at once: a slower scenario timing out must not lose the figures before it
        System.out.println(line);
        return line;
    }

    private static double[] time(Runnable ask) {
        for (int i = 0; i < WARM_UP; i++) {
            ask.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ask.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]};
    }
}
