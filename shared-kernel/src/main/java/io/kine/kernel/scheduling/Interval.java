package io.kine.kernel.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time from {@code start} (included) to {@code end} (excluded), as instants. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An interval ends after it starts: " + start + " / " + end);
        }
    }

    public static Interval of(Instant start, Duration length) {
        return new Interval(start, start.plus(length));
    }

    /** Whether the two share any moment; back-to-back intervals do not overlap. */
    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
