package io.kine.kernel.scheduling;

import java.util.Objects;
import java.util.UUID;

/** The weekly working hours of one practitioner at one location. */
public record WorkingHoursId(UUID value) {

    public WorkingHoursId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkingHoursId random() {
        return new WorkingHoursId(UUID.randomUUID());
    }

    public static WorkingHoursId of(String value) {
        return new WorkingHoursId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
