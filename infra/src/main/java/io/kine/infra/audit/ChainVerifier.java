package io.kine.infra.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks an organization's hash chain from link 1, recomputing every link from the event it
 * seals, and stops at the first broken link. Rows stream through a cursor, so memory stays
 * flat for any length of chain.
 */
@Component
public class ChainVerifier {

    /** Events newer than this may still be on their way into the chain (the processor's lag). */
    static final Duration SETTLING = Duration.ofMinutes(1);

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChainVerifier(JdbcTemplate template, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.template = template;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public ChainReport verify(UUID organization) {
        return transaction.execute(status -> walk(organization));
    }

    private ChainReport walk(UUID organization) {
        Walk walk = new Walk();
        template.query(con -> {
            var statement = con.prepareStatement("SELECT c.link_number, c.global_index AS link_index, "
                    + "c.event_identifier AS link_event, c.link_hash, e.* FROM audit.event_chain c "
                    + "LEFT JOIN domain_event_entry e ON e.global_index = c.global_index "
                    + "WHERE c.organization_id = ? ORDER BY c.link_number",
                    java.sql.ResultSet.TYPE_FORWARD_ONLY, java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(1000);
            statement.setObject(1, organization);
            return statement;
        }, row -> {
            if (walk.breach != null) {
                return;
            }
            long number = row.getLong("link_number");
            long index = row.getLong("link_index");
            String identifier = row.getString("link_event");
            byte[] stored = row.getBytes("link_hash");
            if (number != walk.links + 1) {
                walk.breach = new ChainReport.Breach(ChainReport.Problem.LINK_MISSING, walk.links + 1, index, identifier);
            } else if (row.getString("event_identifier") == null) {
                walk.breach = new ChainReport.Breach(ChainReport.Problem.EVENT_MISSING, number, index, identifier);
            } else {
                byte[] expected = ChainLinks.next(walk.head, CanonicalEvent.from(row));
                if (!Arrays.equals(expected, stored)) {
                    walk.breach = new ChainReport.Breach(ChainReport.Problem.EVENT_ALTERED, number, index, identifier);
                } else {
                    walk.links = number;
                    walk.head = stored;
                    walk.lastIndex = Math.max(walk.lastIndex, index);
                }
            }
        });
        if (walk.breach == null) {
            walk.breach = unchainedEvent(organization);
        }
        return new ChainReport(organization, walk.breach == null, walk.links, walk.lastIndex,
                walk.links == 0 ? null : ChainLinks.hex(walk.head), pending(organization), walk.breach);
    }

    /** An event older than the head and the settling time that no link seals. */
    private ChainReport.Breach unchainedEvent(UUID organization) {
        return jdbc.sql("""
                SELECT e.global_index, e.event_identifier FROM domain_event_entry e
                WHERE e.meta_data::jsonb ->> 'organizationId' = :org
                  AND e.global_index < (SELECT coalesce(max(global_index), 0) FROM audit.event_chain WHERE organization_id = :id)
                  AND e.time_stamp < :settled
                  AND NOT EXISTS (SELECT 1 FROM audit.event_chain c WHERE c.global_index = e.global_index)
                ORDER BY e.global_index LIMIT 1
                """)
                .param("org", organization.toString())
                .param("id", organization)
                .param("settled", EventTimes.format(clock.instant().minus(SETTLING)))
                .query((row, n) -> new ChainReport.Breach(ChainReport.Problem.EVENT_NOT_CHAINED, 0,
                        row.getLong("global_index"), row.getString("event_identifier")))
                .optional().orElse(null);
    }

    private long pending(UUID organization) {
        return jdbc.sql("""
                SELECT count(*) FROM domain_event_entry e WHERE e.meta_data::jsonb ->> 'organizationId' = :org
                  AND e.global_index > (SELECT coalesce(max(global_index), 0) FROM audit.event_chain WHERE organization_id = :id)
                """)
                .param("org", organization.toString()).param("id", organization).query(Long.class).single();
    }

    private static final class Walk {
        long links;
        long lastIndex;
        byte[] head = ChainLinks.GENESIS;
        ChainReport.Breach breach;
    }
}
