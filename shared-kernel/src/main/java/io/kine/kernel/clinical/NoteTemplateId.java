package io.kine.kernel.clinical;

import java.util.Objects;
import java.util.UUID;

public record NoteTemplateId(UUID value) {

    public NoteTemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static NoteTemplateId random() {
        return new NoteTemplateId(UUID.randomUUID());
    }

    public static NoteTemplateId of(String value) {
        return new NoteTemplateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
