package io.kine.infra.reporting;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild stands: events handled and the position reached in the global order, out of
 * the last event's position; rate and time left follow from them.
 */
public record RebuildProgress(
        String projection,
        State state,
        long eventsProcessed,
        long position,
        long total,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    public enum State { QUEUED, RUNNING, SWAPPING, DONE, FAILED }

    static RebuildProgress queued(String projection) {
        return new RebuildProgress(projection, State.QUEUED, 0, 0, 0, null, null, null);
    }

    RebuildProgress advanced(State newState, long processed, long newPosition, long newTotal) {
        return new RebuildProgress(projection, newState, processed, newPosition, Math.max(newTotal, newPosition),
                startedAt, finishedAt, error);
    }

    RebuildProgress started(Instant at, long newTotal) {
        return new RebuildProgress(projection, State.RUNNING, 0, 0, newTotal, at, null, null);
    }

    RebuildProgress finished(Instant at, String failure) {
        return new RebuildProgress(projection, failure == null ? State.DONE : State.FAILED, eventsProcessed, position,
                total, startedAt, at, failure);
    }

    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, position * 100 / total);
    }

    /** Events per second since the start. */
    public long rate(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        long millis = Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
        return millis <= 0 ? 0 : eventsProcessed * 1000 / millis;
    }

    /** Estimated time left, from the share of the global order still to read; null before the first events. */
    public Duration timeLeft(Instant now) {
        if (startedAt == null || position <= 0 || finishedAt != null) {
            return finishedAt != null ? Duration.ZERO : null;
        }
        long elapsed = Duration.between(startedAt, now).toMillis();
        return Duration.ofMillis(elapsed * Math.max(0, total - position) / position);
    }

    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING || state == State.SWAPPING;
    }
}
