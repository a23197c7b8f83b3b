package io.kine.kernel.scheduling;

import java.time.LocalTime;

/** A stretch of local time within one day, start inclusive, end exclusive. */
public record TimeRange(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }
}
