package io.kine.kernel.scheduling;

import java.time.LocalDate;
import java.util.Objects;

/** Whole days at a location, from {@code first} to {@code last}, both included (leave, closures). */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
