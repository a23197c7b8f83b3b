package io.kine.infra.audit;

import java.time.Instant;
import java.util.List;

/**
 * One event as people read it: what happened to which record, who did it, when, in which
 * request, and which fields changed from what to what. Personal data of an erased patient
 * reads "[erased]".
 */
public record HistoryEntry(
        long sequence,
        long globalIndex,
        Instant occurredAt,
        String eventType,
        String actorId,
        String actorName,
        String requestId,
        List<FieldChange> changes,
        String aggregateType,
        String aggregateIdentifier,
        String eventIdentifier) {

    /** A field's value before and after the event; null stands for "not set". */
    public record FieldChange(String field, String before, String after) {
    }
}
