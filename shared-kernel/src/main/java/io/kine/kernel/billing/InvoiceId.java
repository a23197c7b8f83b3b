package io.kine.kernel.billing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record InvoiceId(UUID value) {

    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(UUID.fromString(value));
    }

    /** The same name always gives the same id: how retries and derived identities stay stable. */
    public static InvoiceId named(String name) {
        return new InvoiceId(UUID.nameUUIDFromBytes(("InvoiceId:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
