package io.kine.infra.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals every event into its organization's hash chain as it arrives. It runs as a pooled
 * streaming processor with a single segment (see {@link AuditProcessing}), so one thread in the
 * whole cluster appends links, in the order the event store delivers events (global order,
 * gaps included); the link insert and the token update commit in one transaction, so each
 * event is chained exactly once. It reads the stored row, not the deserialized event, because
 * the chain seals the bytes in the table.
 */
@Component
@ProcessingGroup(HashChainProcessor.PROCESSING_GROUP)
class HashChainProcessor {

    static final String PROCESSING_GROUP = ChainLinks.PROCESSING_GROUP;

    private final JdbcClient jdbc;

    HashChainProcessor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler(payloadType = Object.class)
    void on(EventMessage<?> event, TrackingToken token) {
        long globalIndex = token.position().orElseThrow();
        boolean chained = jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit.event_chain WHERE global_index = :index)")
                .param("index", globalIndex).query(Boolean.class).single();
        if (chained) {
            return;
        }
        Stored stored = jdbc.sql("SELECT " + CanonicalEvent.COLUMNS
                        + ", meta_data::jsonb ->> 'organizationId' AS organization_id"
                        + " FROM domain_event_entry WHERE global_index = :index")
                .param("index", globalIndex)
                .query((row, n) -> new Stored(CanonicalEvent.from(row), UUID.fromString(row.getString("organization_id"))))
                .optional().orElseThrow(() -> new IllegalStateException("event " + globalIndex + " not in the store"));
        Head head = jdbc.sql("""
                SELECT link_number, link_hash FROM audit.event_chain WHERE organization_id = :org
                ORDER BY link_number DESC LIMIT 1
                """)
                .param("org", stored.organization())
                .query((row, n) -> new Head(row.getLong("link_number"), row.getBytes("link_hash")))
                .optional().orElse(new Head(0, ChainLinks.GENESIS));
        jdbc.sql("""
                INSERT INTO audit.event_chain (organization_id, link_number, global_index, event_identifier,
                                               occurred_at, link_hash)
                VALUES (:org, :number, :index, :identifier, :at, :hash)
                """)
                .param("org", stored.organization())
                .param("number", head.number() + 1)
                .param("index", globalIndex)
                .param("identifier", stored.event().eventIdentifier())
                .param("at", Timestamp.from(Instant.parse(stored.event().timeStamp())))
                .param("hash", ChainLinks.next(head.hash(), stored.event()))
                .update();
    }

    private record Stored(CanonicalEvent event, UUID organization) {
    }

    private record Head(long number, byte[] hash) {
    }
}
