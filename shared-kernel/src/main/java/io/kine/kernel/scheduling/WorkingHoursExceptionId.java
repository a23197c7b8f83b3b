package io.kine.kernel.scheduling;

import java.util.Objects;
import java.util.UUID;

/** One exception to a practitioner's weekly hours: time off, a holiday or changed hours. */
public record WorkingHoursExceptionId(UUID value) {

    public WorkingHoursExceptionId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkingHoursExceptionId random() {
        return new WorkingHoursExceptionId(UUID.randomUUID());
    }

    public static WorkingHoursExceptionId of(String value) {
        return new WorkingHoursExceptionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
