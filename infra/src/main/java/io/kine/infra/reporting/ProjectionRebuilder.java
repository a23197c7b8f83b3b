package io.kine.infra.reporting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a projection from the whole event history while the application keeps serving:
 * fresh instances of the projection's handlers write into shadow tables (see
 * {@link RebuildDataSource}); once they have read every event, the live processor pauses, the
 * last events are applied, the tables are swapped and the live processor resumes from where
 * the rebuild stopped. Readers see the old figures until the swap commits, then the new ones.
 * One rebuild runs at a time on a node.
 */
@Component
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
    private static final int BATCH = 500;

    private final EventStore events;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ProjectionHandlers handlers;
    private final DashboardCache cache;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RebuildProgress> progress = new ConcurrentHashMap<>();

    ProjectionRebuilder(EventStore events, EventProcessingConfiguration processing, TokenStore tokens,
            DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, ProjectionHandlers handlers,
            DashboardCache cache, Clock clock) {
        this.events = events;
        this.processing = processing;
        this.tokens = tokens;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.handlers = handlers;
        this.cache = cache;
        this.clock = clock;
    }

    public List<String> projections() {
        return List.copyOf(ProjectionCatalog.TABLES.keySet());
    }

    public Map<String, RebuildProgress> progress() {
        return Map.copyOf(progress);
    }

    /** Queues rebuilds of the given projections, in order; refused while one is under way. */
    public synchronized Future<?> start(List<String> projections) {
        projections.forEach(name -> ProjectionCatalog.tablesOf(name).orElseThrow(() -> new UnknownProjection(name)));
        if (progress.values().stream().anyMatch(RebuildProgress::active)) {
            throw new RebuildAlreadyRunning();
        }
        projections.forEach(name -> progress.put(name, RebuildProgress.queued(name)));
        return worker.submit(() -> projections.forEach(this::rebuild));
    }

    private void rebuild(String projection) {
        List<String> tables = ProjectionCatalog.tablesOf(projection).orElseThrow();
        ShadowTables shadow = new ShadowTables(jdbc);
        progress.put(projection, progress.get(projection).started(clock.instant(), lastPosition()));
        try {
            transaction.executeWithoutResult(status -> shadow.create(tables));
            RebuildDataSource shadowSource = new RebuildDataSource(dataSource, tables);
            List<AnnotationEventHandlerAdapter> adapters = handlers.freshCopies(projection, JdbcClient.create(shadowSource))
                    .stream().map(AnnotationEventHandlerAdapter::new).toList();
            TransactionTemplate shadowTransaction = new TransactionTemplate(new DataSourceTransactionManager(shadowSource));
            try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
                Replay replay = new Replay(projection, stream, adapters, shadowTransaction);
                replay.untilCaughtUp(RebuildProgress.State.RUNNING);
                shadow.analyze(tables);
                EventProcessor live = processing.eventProcessor(projection).orElseThrow();
                live.shutdownAsync().get(60, TimeUnit.SECONDS);
                try {
                    replay.untilCaughtUp(RebuildProgress.State.SWAPPING);
                    TrackingToken last = replay.last;
                    transaction.executeWithoutResult(status -> {
                        shadow.swap(tables);
                        if (last != null) {
                            for (int segment : tokens.fetchSegments(projection)) {
                                tokens.storeToken(last, projection, segment);
                            }
                        }
                    });
                } finally {
                    live.start();
                }
            }
            cache.invalidateAll();
            progress.computeIfPresent(projection, (name, p) -> p.finished(clock.instant(), null));
            log.info("Projection {} rebuilt: {} events", projection, progress.get(projection).eventsProcessed());
        } catch (Exception | LinkageError e) {
            log.error("Rebuild of projection {} failed", projection, e);
            progress.computeIfPresent(projection, (name, p) -> p.finished(clock.instant(), e.getClass().getSimpleName()
                    + ": " + e.getMessage()));
            transaction.executeWithoutResult(status -> shadow.drop(tables));
        }
    }

    private long lastPosition() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    /** Reads the stream into the shadow tables, a batch per transaction, until nothing more is there. */
    private final class Replay {

        private final String projection;
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final List<AnnotationEventHandlerAdapter> adapters;
        private final TransactionTemplate shadowTransaction;
        private TrackingToken last;
        private long processed;
        private long position;

        Replay(String projection, BlockingStream<TrackedEventMessage<?>> stream,
                List<AnnotationEventHandlerAdapter> adapters, TransactionTemplate shadowTransaction) {
            this.projection = projection;
            this.stream = stream;
            this.adapters = adapters;
            this.shadowTransaction = shadowTransaction;
        }

        void untilCaughtUp(RebuildProgress.State state) throws InterruptedException {
            long total = lastPosition();
            while (position < total || stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && stream.hasNextAvailable(300, TimeUnit.MILLISECONDS)) {
                    batch.add(stream.nextAvailable());
                }
                if (batch.isEmpty()) {
                    total = lastPosition();
                    if (position >= total) {
                        break;
                    }
                    continue;
                }
                shadowTransaction.executeWithoutResult(status -> batch.forEach(this::apply));
                TrackedEventMessage<?> end = batch.get(batch.size() - 1);
                last = end.trackingToken();
                position = last.position().orElse(position);
                processed += batch.size();
                long seen = processed;
                long at = position;
                long known = total;
                progress.computeIfPresent(projection, (name, p) -> p.advanced(state, seen, at, known));
            }
        }

        private void apply(TrackedEventMessage<?> event) {
            for (AnnotationEventHandlerAdapter adapter : adapters) {
                try {
                    if (adapter.canHandle(event)) {
                        adapter.handle(event);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("Event " + event.getIdentifier() + " failed in the rebuild", e);
                }
            }
        }
    }
}
