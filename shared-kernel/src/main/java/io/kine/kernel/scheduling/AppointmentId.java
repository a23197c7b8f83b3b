package io.kine.kernel.scheduling;

import java.util.Objects;
import java.util.UUID;

/** One appointment of a patient with a practitioner. */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    public static AppointmentId of(String value) {
        return new AppointmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
