package io.kine.infra.bench;

import io.kine.infra.reporting.ProjectionPositions;
import io.kine.infra.reporting.ProjectionRebuilder;
import io.kine.infra.reporting.RebuildProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The projections as the benchmarks drive them: waiting for the live ones, rebuilding one. */
final class LiveProjections {

    private LiveProjections() {
    }

    /** Polls once a second (a benchmark, not a test) until every projection named has caught up, two hours at most. */
    static void awaitCaughtUp(ConfigurableApplicationContext context, List<String> projections)
            throws InterruptedException {
        ProjectionPositions positions = context.getBean(ProjectionPositions.class);
        long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(2);
        while (!positions.all(projections).stream().allMatch(ProjectionPositions.Position::caughtUp)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Live projections did not catch up");
            }
            Thread.sleep(1000);
        }
    }

    /**
     * Rebuilds one projection with the application's {@link ProjectionRebuilder}, as the admin
     * page does, and returns (and prints at once, so a later failure cannot lose it) its rate.
     */
    static String rebuild(ConfigurableApplicationContext context, String projection) throws Exception {
        ProjectionRebuilder rebuilder = context.getBean(ProjectionRebuilder.class);
        rebuilder.start(List.of(projection)).get(2, TimeUnit.HOURS);
        RebuildProgress done = rebuilder.progress().get(projection);
        if (done.state() != RebuildProgress.State.DONE) {
            throw new IllegalStateException(projection + " rebuild failed: " + done.error());
        }
        Duration took = Duration.between(done.startedAt(), done.finishedAt());
        String line = String.format("Rebuild of %-12s %,d events in %,d ms: %,d events/s", projection,
                done.eventsProcessed(), took.toMillis(), done.rate(Instant.now()));
        System.out.println(line);
        return line;
    }

    /** The global index of the last event in the store. */
    static long lastPosition(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }
}
