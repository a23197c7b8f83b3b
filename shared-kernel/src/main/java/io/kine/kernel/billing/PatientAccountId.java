package io.kine.kernel.billing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record PatientAccountId(UUID value) {

    public PatientAccountId {
        Objects.requireNonNull(value, "value");
    }

    public static PatientAccountId random() {
        return new PatientAccountId(UUID.randomUUID());
    }

    public static PatientAccountId of(String value) {
        return new PatientAccountId(UUID.fromString(value));
    }

    /** The same name always gives the same id: how retries and derived identities stay stable. */
    public static PatientAccountId named(String name) {
        return new PatientAccountId(UUID.nameUUIDFromBytes(("PatientAccountId:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
