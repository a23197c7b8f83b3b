package io.kine.kernel.scheduling;

import java.util.Objects;
import java.util.UUID;

/** A kind of appointment an organization offers (first visit, follow-up...). */
public record AppointmentTypeId(UUID value) {

    public AppointmentTypeId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentTypeId random() {
        return new AppointmentTypeId(UUID.randomUUID());
    }

    public static AppointmentTypeId of(String value) {
        return new AppointmentTypeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
