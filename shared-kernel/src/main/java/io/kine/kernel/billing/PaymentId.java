package io.kine.kernel.billing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId random() {
        return new PaymentId(UUID.randomUUID());
    }

    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
    }

    /** The same name always gives the same id: how retries and derived identities stay stable. */
    public static PaymentId named(String name) {
        return new PaymentId(UUID.nameUUIDFromBytes(("PaymentId:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
