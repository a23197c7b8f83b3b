package io.kine.command.scheduling;

import io.kine.kernel.scheduling.Interval;
import java.util.ArrayList;
import java.util.List;

/** Checks every occurrence of a series against the calendar, keeping their order. */
public final class SeriesBooking {

    private SeriesBooking() {
    }

    public static <C> SeriesSplit<C> split(List<Interval> occurrences, ConflictCheck<C> calendar) {
        List<Interval> free = new ArrayList<>();
        List<SeriesSplit.Conflicting<C>> conflicting = new ArrayList<>();
        for (Interval occurrence : occurrences) {
            calendar.conflictWith(occurrence.start(), occurrence.end()).ifPresentOrElse(
                    conflict -> conflicting.add(new SeriesSplit.Conflicting<>(occurrence, conflict)),
                    () -> free.add(occurrence));
        }
        return new SeriesSplit<>(free, conflicting);
    }
}
