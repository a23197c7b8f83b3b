package io.kine.infra.audit;

import java.time.Instant;
import java.util.List;

/**
 * One event of a record's history as people read it: what happened, who did it, when, in
 * which request, and which fields changed from what to what.
 */
public record HistoryEntry(
        long sequence,
        long globalIndex,
        Instant occurredAt,
        String eventType,
        String actorId,
        String actorName,
        String requestId,
        List<FieldChange> changes) {

    /** A field's value before and after the event; null stands for "not set". */
    public record FieldChange(String field, String before, String after) {
    }
}
