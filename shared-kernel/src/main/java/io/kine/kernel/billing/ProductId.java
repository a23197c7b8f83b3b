package io.kine.kernel.billing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record ProductId(UUID value) {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId random() {
        return new ProductId(UUID.randomUUID());
    }

    public static ProductId of(String value) {
        return new ProductId(UUID.fromString(value));
    }

    /** The same name always gives the same id: how retries and derived identities stay stable. */
    public static ProductId named(String name) {
        return new ProductId(UUID.nameUUIDFromBytes(("ProductId:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
