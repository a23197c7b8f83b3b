package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.SeriesScope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which occurrences a scope touches: of the series' occurrences in time order, those still to come. */
final class SeriesScopes {

    private SeriesScopes() {
    }

    static List<AppointmentId> inScope(List<AppointmentId> occurrences, SeriesScope scope, AppointmentId from,
            List<AppointmentId> upcoming) {
        Set<AppointmentId> stillToCome = new HashSet<>(upcoming == null ? List.of() : upcoming);
        int first = 0;
        if (scope != SeriesScope.ALL || from != null) {
            first = occurrences.indexOf(from);
            if (first < 0) {
                throw new InvalidAppointment("appointmentId", "series.occurrenceNotInSeries");
            }
        }
        List<AppointmentId> touched = scope == SeriesScope.ONE ? List.of(from)
                : scope == SeriesScope.FOLLOWING ? occurrences.subList(first, occurrences.size()) : occurrences;
        return touched.stream().filter(stillToCome::contains).toList();
    }
}
