package io.kine.kernel.billing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record CreditNoteId(UUID value) {

    public CreditNoteId {
        Objects.requireNonNull(value, "value");
    }

    public static CreditNoteId random() {
        return new CreditNoteId(UUID.randomUUID());
    }

    public static CreditNoteId of(String value) {
        return new CreditNoteId(UUID.fromString(value));
    }

    /** The same name always gives the same id: how retries and derived identities stay stable. */
    public static CreditNoteId named(String name) {
        return new CreditNoteId(UUID.nameUUIDFromBytes(("CreditNoteId:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
