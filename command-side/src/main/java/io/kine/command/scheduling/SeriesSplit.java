package io.kine.command.scheduling;

import io.kine.kernel.scheduling.Interval;
import java.util.List;

/**
 * A series' occurrences sorted into those still free and those already taken, each with what
 * takes it, so people can book the free ones or none.
 */
public record SeriesSplit<C>(List<Interval> free, List<Conflicting<C>> conflicting) {

    public SeriesSplit {
        free = List.copyOf(free);
        conflicting = List.copyOf(conflicting);
    }

    /** One occurrence that cannot be booked, and why. */
    public record Conflicting<C>(Interval occurrence, C conflict) {
    }

    public boolean isEntirelyFree() {
        return conflicting.isEmpty();
    }
}
