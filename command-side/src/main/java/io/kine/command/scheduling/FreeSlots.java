package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AvailableSlot;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The next free slots of a practitioner, or of any of several, in date order.
 *
 * <p>Working hours are wall-clock times in the location's zone, placed on each day with
 * java.time, so 09:00 is 09:00 on the days the clocks change. Within a stretch of working hours,
 * candidates start at its opening and every {@code step} after it, counted in real time: on the
 * night the clocks go forward, a stretch across the gap is an hour shorter and yields no slot
 * twice. After a booking or time off, the next candidate is the first step of that grid at or
 * after its end. A slot must end by closing time and overlap nothing busy.
 */
public final class FreeSlots {

    private FreeSlots() {
    }

    public static List<AvailableSlot> forPractitioner(PractitionerCalendar calendar, SlotSearch search) {
        List<Interval> busy = union(Stream.concat(calendar.timeOff().stream(), calendar.bookings().stream()));
        BusyCursor cursor = new BusyCursor(busy);
        List<AvailableSlot> found = new ArrayList<>();
        for (LocalDate day = search.firstDay(); !day.isAfter(search.lastDay()) && found.size() < search.limit();
                day = day.plusDays(1)) {
            if (calendar.isDayOff(day)) {
                continue;
            }
            for (Interval opening : openings(calendar.hoursOn(day), day, search.zone())) {
                collect(opening, search, cursor, calendar, found);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The earliest slots over all the practitioners, each naming whose it is; at the same time,
     * practitioners come in the order given (the caller's preference).
     */
    public static List<AvailableSlot> forAnyOf(List<PractitionerCalendar> calendars, SlotSearch search) {
        return calendars.stream()
                .flatMap(calendar -> forPractitioner(calendar, search).stream())
                .sorted(Comparator.comparing(slot -> slot.time().start()))
                .limit(search.limit())
                .toList();
    }

    private static void collect(Interval opening, SlotSearch search, BusyCursor cursor, PractitionerCalendar calendar,
            List<AvailableSlot> found) {
        Instant candidate = onGridFrom(opening.start(), search.notBefore(), search.step());
        while (!candidate.plus(search.length()).isAfter(opening.end()) && found.size() < search.limit()) {
            Interval slot = Interval.of(candidate, search.length());
            Interval blocking = cursor.firstOverlapping(slot);
            if (blocking == null) {
                found.add(new AvailableSlot(calendar.practitionerId(), slot));
                candidate = candidate.plus(search.step());
            } else {
                candidate = onGridFrom(opening.start(), blocking.end(), search.step());
            }
        }
    }

    /**
     * Whether the practitioner works for the whole of {@code time}: inside one stretch of that
     * day's hours (changed hours when some apply), not on a day off, clear of time off. Bookings
     * are not looked at: the held slots decide those.
     */
    public static boolean isWorking(PractitionerCalendar calendar, Interval time, ZoneId zone) {
        LocalDate day = time.start().atZone(zone).toLocalDate();
        if (calendar.isDayOff(day) || calendar.timeOff().stream().anyMatch(off -> off.overlaps(time))) {
            return false;
        }
        return openings(calendar.hoursOn(day), day, zone).stream()
                .anyMatch(opening -> !time.start().isBefore(opening.start()) && !time.end().isAfter(opening.end()));
    }

    /** The day's working hours as instants, those that overlap or touch merged, empty or reversed ones dropped. */
    private static List<Interval> openings(List<LocalTimeRange> hours, LocalDate day, ZoneId zone) {
        return union(hours.stream()
                .filter(range -> range.start().isBefore(range.end()))
                .map(range -> new Interval(day.atTime(range.start()).atZone(zone).toInstant(),
                        day.atTime(range.end()).atZone(zone).toInstant()))
                .filter(opening -> opening.end().isAfter(opening.start())));
    }

    /** Sorted by start, overlapping or touching intervals joined, so their ends increase too. */
    private static List<Interval> union(Stream<Interval> intervals) {
        List<Interval> merged = new ArrayList<>();
        intervals.sorted(Comparator.comparing(Interval::start)).forEach(next -> {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Interval(last.start(),
                        last.end().isAfter(next.end()) ? last.end() : next.end()));
            } else {
                merged.add(next);
            }
        });
        return merged;
    }

    /** The first instant {@code origin + k * step} (k >= 0) at or after {@code target}. */
    private static Instant onGridFrom(Instant origin, Instant target, Duration step) {
        if (!target.isAfter(origin)) {
            return origin;
        }
        Instant candidate = origin.plus(step.multipliedBy(Duration.between(origin, target).dividedBy(step)));
        return candidate.isBefore(target) ? candidate.plus(step) : candidate;
    }

    /**
     * Walks the busy intervals once, forward, as the candidates move forward: candidates only ever
     * grow, so intervals ending before a candidate never matter again.
     */
    private static final class BusyCursor {

        private final List<Interval> busy;
        private int next;

        BusyCursor(List<Interval> busy) {
            this.busy = busy;
        }

        Interval firstOverlapping(Interval slot) {
            while (next < busy.size() && !busy.get(next).end().isAfter(slot.start())) {
                next++;
            }
            return next < busy.size() && busy.get(next).overlaps(slot) ? busy.get(next) : null;
        }
    }
}
