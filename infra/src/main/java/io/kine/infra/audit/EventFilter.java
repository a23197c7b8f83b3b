package io.kine.infra.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What the auditor narrows the history to; every part is optional except the organization.
 * {@code to} is exclusive. {@code before}/{@code after} are keyset cursors on global_index.
 */
public record EventFilter(
        UUID organizationId,
        String aggregateType,
        String aggregateIdentifier,
        UUID actorId,
        String eventType,
        Instant from,
        Instant to,
        Long before,
        Long after) {

    public EventFilter withCursor(Long before, Long after) {
        return new EventFilter(organizationId, aggregateType, aggregateIdentifier, actorId, eventType, from, to,
                before, after);
    }
}
