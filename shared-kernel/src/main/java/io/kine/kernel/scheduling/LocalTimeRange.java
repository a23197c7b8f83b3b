package io.kine.kernel.scheduling;

import java.time.LocalTime;
import java.util.Objects;

/** Wall-clock hours within a day, such as 09:00 to 12:30, from {@code start} to {@code end} (excluded). */
public record LocalTimeRange(LocalTime start, LocalTime end) {

    public LocalTimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static LocalTimeRange of(String start, String end) {
        return new LocalTimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Whether [from, to) lies inside this range. */
    public boolean contains(LocalTime from, LocalTime to) {
        return !from.isBefore(start) && !to.isAfter(end);
    }

    /** Whether [from, to) shares any moment with this range. */
    public boolean overlaps(LocalTime from, LocalTime to) {
        return from.isBefore(end) && start.isBefore(to);
    }
}
