package io.kine.infra.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organization's events, filtered and paged backwards by global_index (keyset: a page
 * costs the same on page 1 and page 10,000), and streamed for exports through a cursor.
 * The SQL is assembled from fixed fragments only; every value is a bind parameter.
 */
@Component
public class AuditEvents {

    public static final int MAX_PAGE_SIZE = 200;

    /** One page, newest first, with the cursors of its neighbours (null at either end). */
    public record Page(List<HistoryEntry> entries, Long olderCursor, Long newerCursor) {
    }

    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final EventHistory history;
    private final EventTypes types;

    AuditEvents(JdbcTemplate template, TransactionTemplate transaction, EventHistory history,
            EventTypes types) {
        this.template = template;
        this.transaction = transaction;
        this.history = history;
        this.types = types;
    }

    public Page page(EventFilter filter, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        boolean forward = filter.after() != null && filter.before() == null;
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry WHERE " + where(filter, parameters)
                + (forward ? " AND global_index > :after ORDER BY global_index ASC" : " ORDER BY global_index DESC")
                + " LIMIT :limit";
        parameters.addValue("limit", limit + 1);
        var named = new NamedParameterJdbcTemplate(template);
        List<CanonicalEvent> rows = new ArrayList<>(named.query(sql, parameters, (row, n) -> CanonicalEvent.from(row)));
        boolean more = rows.size() > limit;
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (forward) {
            Collections.reverse(rows);
        }
        List<HistoryEntry> entries = history.renderPage(rows);
        if (rows.isEmpty()) {
            return new Page(entries, null, !forward && filter.before() != null ? filter.before() - 1 : null);
        }
        long newest = rows.get(0).globalIndex();
        long oldest = rows.get(rows.size() - 1).globalIndex();
        Long older = forward || more ? oldest : null;
        Long newer = forward ? (more ? newest : null) : (filter.before() != null ? newest : null);
        return new Page(entries, older, newer);
    }

    /**
     * Every matching event, oldest first, handed one by one to {@code sink} inside one read-only
     * transaction; PostgreSQL sends rows through a cursor 500 at a time, so memory stays flat.
     */
    public void stream(EventFilter filter, Consumer<CanonicalEvent> sink) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry WHERE " + where(filter, parameters)
                + " ORDER BY global_index ASC";
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(500);
        transaction.executeWithoutResult(status -> new NamedParameterJdbcTemplate(cursor)
                .query(sql, parameters, (org.springframework.jdbc.core.RowCallbackHandler) row -> sink.accept(
                        CanonicalEvent.from(row))));
    }

    private String where(EventFilter filter, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder("(meta_data::jsonb ->> 'organizationId') = :org");
        parameters.addValue("org", filter.organizationId().toString());
        if (filter.aggregateType() != null) {
            where.append(" AND type = :aggregateType");
            parameters.addValue("aggregateType", filter.aggregateType());
        }
        if (filter.aggregateIdentifier() != null) {
            where.append(" AND aggregate_identifier = :aggregateId");
            parameters.addValue("aggregateId", filter.aggregateIdentifier());
        }
        if (filter.actorId() != null) {
            where.append(" AND (meta_data::jsonb ->> 'actorId') = :actor");
            parameters.addValue("actor", filter.actorId().toString());
        }
        if (filter.eventType() != null) {
            where.append(" AND payload_type = :payloadType");
            parameters.addValue("payloadType", types.payloadType(filter.eventType()).orElse(filter.eventType()));
        }
        if (filter.from() != null) {
            where.append(" AND time_stamp >= :from");
            parameters.addValue("from", EventTimes.format(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND time_stamp < :to");
            parameters.addValue("to", EventTimes.format(filter.to()));
        }
        if (filter.before() != null) {
            where.append(" AND global_index < :before");
            parameters.addValue("before", filter.before());
        }
        if (filter.after() != null && filter.before() == null) {
            parameters.addValue("after", filter.after());
        }
        return where.toString();
    }
}
