package io.kine.command.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.scheduling.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeriesBookingTest {

    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
    private static final Interval MONDAY = Interval.of(Instant.parse("2026-05-04T07:00:00Z"), HALF_AN_HOUR);
    private static final Interval NEXT_MONDAY = Interval.of(Instant.parse("2026-05-11T07:00:00Z"), HALF_AN_HOUR);
    private static final Interval MONDAY_AFTER = Interval.of(Instant.parse("2026-05-18T07:00:00Z"), HALF_AN_HOUR);

    /** What the caller's calendar holds: here, appointments by name. */
    record Booked(String what, Interval when) {
    }

    @Test
    void keepsEveryOccurrenceFreeWhenNothingIsBooked() {
        SeriesSplit<Booked> split = SeriesBooking.split(List.of(MONDAY, NEXT_MONDAY), (start, end) -> Optional.empty());

        assertThat(split.free()).containsExactly(MONDAY, NEXT_MONDAY);
        assertThat(split.conflicting()).isEmpty();
        assertThat(split.isEntirelyFree()).isTrue();
    }

    @Test
    void setsAsideTheTakenOccurrencesWithWhatTakesThem() {
        Booked physioWithAmina = new Booked("Amina Benali", new Interval(Instant.parse("2026-05-11T07:15:00Z"),
                Instant.parse("2026-05-11T08:00:00Z")));
        ConflictCheck<Booked> calendar = calendarOf(physioWithAmina);

        SeriesSplit<Booked> split = SeriesBooking.split(List.of(MONDAY, NEXT_MONDAY, MONDAY_AFTER), calendar);

        assertThat(split.free()).containsExactly(MONDAY, MONDAY_AFTER);
        assertThat(split.conflicting()).containsExactly(new SeriesSplit.Conflicting<>(NEXT_MONDAY, physioWithAmina));
        assertThat(split.isEntirelyFree()).isFalse();
    }

    @Test
    void asksAboutEachOccurrenceOnceWithItsOwnStartAndEnd() {
        List<Interval> asked = new ArrayList<>();

        SeriesBooking.split(List.of(MONDAY, NEXT_MONDAY), (start, end) -> {
            asked.add(new Interval(start, end));
            return Optional.empty();
        });

        assertThat(asked).containsExactly(MONDAY, NEXT_MONDAY);
    }

    @Test
    void doesNotCountABookingThatEndsWhenTheOccurrenceStarts() {
        Booked justBefore = new Booked("Yanis", new Interval(MONDAY.start().minus(HALF_AN_HOUR), MONDAY.start()));

        assertThat(SeriesBooking.split(List.of(MONDAY), calendarOf(justBefore)).free()).containsExactly(MONDAY);
    }

    private static ConflictCheck<Booked> calendarOf(Booked... bookings) {
        return (start, end) -> List.of(bookings).stream()
                .filter(booking -> booking.when().overlaps(new Interval(start, end))).findFirst();
    }
}
