package io.kine.kernel.billing;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record BillingSettingsId(UUID value) {

    public BillingSettingsId {
        Objects.requireNonNull(value, "value");
    }

    public static BillingSettingsId random() {
        return new BillingSettingsId(UUID.randomUUID());
    }

    public static BillingSettingsId of(String value) {
        return new BillingSettingsId(UUID.fromString(value));
    }

    /** The same name always gives the same id: how retries and derived identities stay stable. */
    public static BillingSettingsId named(String name) {
        return new BillingSettingsId(UUID.nameUUIDFromBytes(("BillingSettingsId:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
