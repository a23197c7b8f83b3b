package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import java.util.Objects;

/** A free time a patient could book, and the practitioner who is free then. */
public record AvailableSlot(UserId practitionerId, Interval time) {

    public AvailableSlot {
        Objects.requireNonNull(practitionerId, "practitionerId");
        Objects.requireNonNull(time, "time");
    }
}
