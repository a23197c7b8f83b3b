package io.kine.kernel.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An occurrence of a series left unbooked because another appointment held one of its
 * resources: which appointment, and which resource ({@code PRACTITIONER}, {@code ROOM},
 * {@code EQUIPMENT} or {@code PATIENT}).
 */
public record SkippedOccurrence(Instant start, Instant end, AppointmentId conflictingAppointmentId, String resource,
        UUID resourceId) {
}
