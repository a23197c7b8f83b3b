package io.kine.command.scheduling;

import io.kine.command.Rejection;
import java.util.List;

/**
 * Occurrences of a series are taken and the series may not be booked as asked (all or nothing,
 * or nothing left free): every taken occurrence with the appointment holding it.
 */
public final class SeriesConflicts extends Rejection {

    private final List<SeriesSplit.Conflicting<SlotTaken>> conflicts;

    SeriesConflicts(List<SeriesSplit.Conflicting<SlotTaken>> conflicts) {
        super(Kind.CONFLICT, "series-conflicts", "series.conflicts", conflicts.size() + " occurrences are taken");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<SeriesSplit.Conflicting<SlotTaken>> conflicts() {
        return conflicts;
    }
}
