package io.kine.kernel.clinical;

import java.util.Objects;
import java.util.UUID;

public record VisitId(UUID value) {

    public VisitId {
        Objects.requireNonNull(value, "value");
    }

    public static VisitId random() {
        return new VisitId(UUID.randomUUID());
    }

    public static VisitId of(String value) {
        return new VisitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
