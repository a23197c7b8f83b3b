package io.kine.kernel.scheduling;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A practitioner's usual week: for each day, the wall-clock ranges they work, in the location's
 * time zone. Days absent from the map are days off. Ranges are kept in order of start.
 */
public record WeeklyHours(Map<DayOfWeek, List<LocalTimeRange>> days) {

    public WeeklyHours {
        EnumMap<DayOfWeek, List<LocalTimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            days.forEach((day, ranges) -> copy.put(day,
                    ranges.stream().sorted(Comparator.comparing(LocalTimeRange::start)).toList()));
        }
        days = Collections.unmodifiableMap(copy);
    }

    /** The same ranges on each of the given days. */
    public static WeeklyHours onDays(List<DayOfWeek> workingDays, LocalTimeRange... ranges) {
        EnumMap<DayOfWeek, List<LocalTimeRange>> map = new EnumMap<>(DayOfWeek.class);
        workingDays.forEach(day -> map.put(day, List.of(ranges)));
        return new WeeklyHours(map);
    }

    public List<LocalTimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
