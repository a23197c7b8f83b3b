package io.kine.kernel.clinical;

import java.util.Objects;
import java.util.UUID;

public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    public static AttachmentId of(String value) {
        return new AttachmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
