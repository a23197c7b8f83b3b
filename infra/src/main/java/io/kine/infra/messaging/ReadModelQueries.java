package io.kine.infra.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the web layer reads: queries through the query bus (so metadata and permission checks
 * apply), answered synchronously, and read-your-writes — asking again, bounded, until the read
 * model shows a change just made.
 */
@Component
public class ReadModelQueries {

    private static final Duration POLL = Duration.ofMillis(10);

    private final QueryGateway queries;
    private final Duration readYourWritesTimeout;

    ReadModelQueries(QueryGateway queries,
            @Value("${kine.read-your-writes.timeout:PT5S}") Duration readYourWritesTimeout) {
        this.queries = queries;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    /** The answer to {@code query}; a refusal inside the handler is thrown as itself. */
    public <R> R ask(Object query, ResponseType<R> responseType) {
        return join(queries.query(query, responseType));
    }

    /**
     * Reads until the answer satisfies {@code caughtUp}, or the timeout passes. Projections
     * usually catch up within milliseconds; past the timeout the caller gets what is there,
     * which is still correct, only older.
     */
    public <R> R awaitUntil(Supplier<R> read, Predicate<R> caughtUp) {
        long deadline = System.nanoTime() + readYourWritesTimeout.toNanos();
        R answer = read.get();
        while (!caughtUp.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = read.get();
        }
        return answer;
    }

    private static <T> T join(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
