package io.kine.kernel.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A series of appointments repeating by a recurrence rule. */
public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "value");
    }

    public static SeriesId random() {
        return new SeriesId(UUID.randomUUID());
    }

    public static SeriesId of(String value) {
        return new SeriesId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
