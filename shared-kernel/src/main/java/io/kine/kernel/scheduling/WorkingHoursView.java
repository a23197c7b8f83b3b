package io.kine.kernel.scheduling;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

public record WorkingHoursView(WorkingHoursId workingHoursId, Map<DayOfWeek, List<LocalTimeRange>> week, long version) {

    /** Whether [from, to) on one day lies inside one of that day's ranges. */
    public boolean covers(DayOfWeek day, java.time.LocalTime from, java.time.LocalTime to) {
        return week.getOrDefault(day, List.of()).stream().anyMatch(range -> range.contains(from, to));
    }
}
