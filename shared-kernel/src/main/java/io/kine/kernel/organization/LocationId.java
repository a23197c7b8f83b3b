package io.kine.kernel.organization;

import java.util.Objects;
import java.util.UUID;

public record LocationId(UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    public static LocationId of(String value) {
        return new LocationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
