package io.kine.command.scheduling;

import java.time.Instant;
import java.util.UUID;

/** One resource held from {@code start} (inclusive) to {@code end} (exclusive). */
public record Slot(SlotResource resource, UUID resourceId, Instant start, Instant end) {

    boolean overlaps(Slot other) {
        return resource == other.resource && resourceId.equals(other.resourceId)
                && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
