package io.kine.infra.reporting;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far each live projection has read the event stream, from its tokens (the least advanced segment). */
@Component
public class ProjectionPositions {

    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final JdbcClient jdbc;

    ProjectionPositions(TokenStore tokens, TransactionManager transactions, JdbcClient jdbc) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public record Position(String projection, long position, long last) {

        public boolean caughtUp() {
            return position >= last;
        }
    }

    public List<Position> all(List<String> projections) {
        long last = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry").query(Long.class).single();
        return projections.stream().map(name -> new Position(name, of(name), last)).toList();
    }

    /** The position every segment of the projection has passed; 0 before its first event. */
    public long of(String projection) {
        return transactions.fetchInTransaction(() -> {
            long least = Long.MAX_VALUE;
            int[] segments = tokens.fetchSegments(projection);
            for (int segment : segments) {
                TrackingToken token = tokens.fetchToken(projection, segment);
                OptionalLong position = token == null ? OptionalLong.empty() : token.position();
                least = Math.min(least, position.orElse(0));
            }
            return segments.length == 0 ? 0 : least;
        });
    }
}
