package io.kine.kernel.organization;

import java.util.Objects;
import java.util.UUID;

/** A room or a piece of equipment of a location. */
public record ResourceId(UUID value) {

    public ResourceId {
        Objects.requireNonNull(value, "value");
    }

    public static ResourceId random() {
        return new ResourceId(UUID.randomUUID());
    }

    public static ResourceId of(String value) {
        return new ResourceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
