package io.kine.command.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kine.command.FieldViolation;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.AvailableSlot;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY_MAY_4 = LocalDate.of(2026, 5, 4);
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final WeeklyHours MORNINGS = WeeklyHours.onDays(WEEKDAYS, LocalTimeRange.of("09:00", "12:00"));
    private static final UserId ALICE = UserId.random();
    private static final UserId BRUNO = UserId.random();

    @Test
    void offersEveryHalfHourOfASimpleMorning() {
        List<AvailableSlot> slots = FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, MORNINGS),
                halfHours(MONDAY_MAY_4, MONDAY_MAY_4, 100));

        assertThat(localStarts(slots)).containsExactly(at(MONDAY_MAY_4, "09:00"), at(MONDAY_MAY_4, "09:30"),
                at(MONDAY_MAY_4, "10:00"), at(MONDAY_MAY_4, "10:30"), at(MONDAY_MAY_4, "11:00"),
                at(MONDAY_MAY_4, "11:30"));
        assertThat(slots).allSatisfy(slot -> {
            assertThat(slot.practitionerId()).isEqualTo(ALICE);
            assertThat(slot.time().length()).isEqualTo(HALF_AN_HOUR);
        });
        assertThat(slots.get(0).time().start()).isEqualTo(Instant.parse("2026-05-04T07:00:00Z"));
    }

    @Test
    void stepsMoreFinelyThanTheSlotsLengthAndStopsAtClosingTime() {
        SlotSearch search = new SlotSearch(MONDAY_MAY_4, MONDAY_MAY_4, PARIS, Duration.ofMinutes(45),
                Duration.ofMinutes(15), 100, LONG_AGO);

        List<AvailableSlot> slots = FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, MORNINGS), search);

        assertThat(localStarts(slots)).hasSize(10).startsWith(at(MONDAY_MAY_4, "09:00"), at(MONDAY_MAY_4, "09:15"))
                .endsWith(at(MONDAY_MAY_4, "11:15"));
    }

    @Test
    void skipsABookingInTheMiddleAndResumesOnTheNextStep() {
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS)
                .withBookings(List.of(local(MONDAY_MAY_4, "10:00", "10:40")));

        assertThat(localStarts(FreeSlots.forPractitioner(calendar, halfHours(MONDAY_MAY_4, MONDAY_MAY_4, 100))))
                .containsExactly(at(MONDAY_MAY_4, "09:00"), at(MONDAY_MAY_4, "09:30"), at(MONDAY_MAY_4, "11:00"),
                        at(MONDAY_MAY_4, "11:30"));
        assertThat(localStarts(FreeSlots.forPractitioner(calendar, new SlotSearch(MONDAY_MAY_4, MONDAY_MAY_4, PARIS,
                HALF_AN_HOUR, Duration.ofMinutes(15), 100, LONG_AGO))))
                .contains(at(MONDAY_MAY_4, "09:30"), at(MONDAY_MAY_4, "10:45"))
                .doesNotContain(at(MONDAY_MAY_4, "09:45"), at(MONDAY_MAY_4, "10:30"));
    }

    @Test
    void offersNothingThatRunsIntoABookingOverlappingClosingTime() {
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS)
                .withBookings(List.of(local(MONDAY_MAY_4, "11:45", "12:30")));

        assertThat(localStarts(FreeSlots.forPractitioner(calendar, halfHours(MONDAY_MAY_4, MONDAY_MAY_4, 100))))
                .hasSize(5).last().isEqualTo(at(MONDAY_MAY_4, "11:00"));
    }

    @Test
    void keepsBackToBackBookingsApart() {
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS).withBookings(List.of(
                local(MONDAY_MAY_4, "09:30", "10:00"), local(MONDAY_MAY_4, "10:00", "10:30")));

        assertThat(localStarts(FreeSlots.forPractitioner(calendar, halfHours(MONDAY_MAY_4, MONDAY_MAY_4, 100))))
                .containsExactly(at(MONDAY_MAY_4, "09:00"), at(MONDAY_MAY_4, "10:30"), at(MONDAY_MAY_4, "11:00"),
                        at(MONDAY_MAY_4, "11:30"));
    }

    @Test
    void leavesOutTimeOffAndWholeDaysOff() {
        LocalDate tuesday = MONDAY_MAY_4.plusDays(1);
        LocalDate wednesday = MONDAY_MAY_4.plusDays(2);
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS)
                .withTimeOff(local(MONDAY_MAY_4, "09:00", "11:00"))
                .withDaysOff(DateRange.day(tuesday));

        assertThat(localStarts(FreeSlots.forPractitioner(calendar, halfHours(MONDAY_MAY_4, wednesday, 100))))
                .containsExactly(at(MONDAY_MAY_4, "11:00"), at(MONDAY_MAY_4, "11:30"), at(wednesday, "09:00"),
                        at(wednesday, "09:30"), at(wednesday, "10:00"), at(wednesday, "10:30"), at(wednesday, "11:00"),
                        at(wednesday, "11:30"));
    }

    @Test
    void offersNothingInThePastAndStaysOnTheGrid() {
        Instant tenPastTen = at(MONDAY_MAY_4, "10:10").atZone(PARIS).toInstant();
        SlotSearch search = new SlotSearch(MONDAY_MAY_4, MONDAY_MAY_4, PARIS, HALF_AN_HOUR, HALF_AN_HOUR, 100,
                tenPastTen);

        assertThat(localStarts(FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, MORNINGS), search)))
                .containsExactly(at(MONDAY_MAY_4, "10:30"), at(MONDAY_MAY_4, "11:00"), at(MONDAY_MAY_4, "11:30"));
    }

    @Test
    void offersMorningAndAfternoonAroundLunch() {
        WeeklyHours withLunch = WeeklyHours.onDays(List.of(MONDAY), LocalTimeRange.of("14:00", "15:00"),
                LocalTimeRange.of("09:00", "10:00"));

        assertThat(localStarts(FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, withLunch),
                halfHours(MONDAY_MAY_4, MONDAY_MAY_4, 100))))
                .containsExactly(at(MONDAY_MAY_4, "09:00"), at(MONDAY_MAY_4, "09:30"), at(MONDAY_MAY_4, "14:00"),
                        at(MONDAY_MAY_4, "14:30"));
    }

    @Test
    void startsAtNineLocalTimeOnTheDayParisSpringsForward() {
        LocalDate saturday = LocalDate.of(2026, 3, 28);
        LocalDate sunday = LocalDate.of(2026, 3, 29);
        WeeklyHours weekend = WeeklyHours.onDays(List.of(SATURDAY, SUNDAY), LocalTimeRange.of("09:00", "12:00"));

        List<AvailableSlot> slots = FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, weekend),
                halfHours(saturday, sunday, 100));

        assertThat(localStarts(slots)).hasSize(12).contains(at(saturday, "09:00"), at(sunday, "09:00"));
        assertThat(slots.get(0).time().start()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        assertThat(slots.get(6).time().start()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }

    @Test
    void countsRealTimeAcrossTheSpringForwardGap() {
        LocalDate sunday = LocalDate.of(2026, 3, 29);
        WeeklyHours night = WeeklyHours.onDays(List.of(SUNDAY), LocalTimeRange.of("01:00", "04:00"));

        // 01:00 to 04:00 lasts two hours that night: 02:00 to 03:00 never happens.
        assertThat(localStarts(FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, night),
                halfHours(sunday, sunday, 100))))
                .containsExactly(at(sunday, "01:00"), at(sunday, "01:30"), at(sunday, "03:00"), at(sunday, "03:30"));
    }

    @Test
    void returnsSlotsInOrderAndNoMoreThanAsked() {
        LocalDate tuesday = MONDAY_MAY_4.plusDays(1);

        List<AvailableSlot> slots = FreeSlots.forPractitioner(PractitionerCalendar.of(ALICE, MORNINGS),
                halfHours(MONDAY_MAY_4, MONDAY_MAY_4.plusDays(30), 8));

        assertThat(localStarts(slots)).hasSize(8).isSorted().endsWith(at(tuesday, "09:00"), at(tuesday, "09:30"));
    }

    @Test
    void mergesSeveralPractitionersEarliestFirstInTheGivenOrderAtEqualTimes() {
        PractitionerCalendar alice = PractitionerCalendar.of(ALICE, MORNINGS)
                .withBookings(List.of(local(MONDAY_MAY_4, "09:00", "10:00")));
        PractitionerCalendar bruno = PractitionerCalendar.of(BRUNO, MORNINGS)
                .withBookings(List.of(local(MONDAY_MAY_4, "10:00", "11:00")));

        List<AvailableSlot> slots = FreeSlots.forAnyOf(List.of(alice, bruno), halfHours(MONDAY_MAY_4, MONDAY_MAY_4, 6));

        assertThat(slots).extracting(AvailableSlot::practitionerId)
                .containsExactly(BRUNO, BRUNO, ALICE, ALICE, ALICE, BRUNO);
        assertThat(localStarts(slots)).containsExactly(at(MONDAY_MAY_4, "09:00"), at(MONDAY_MAY_4, "09:30"),
                at(MONDAY_MAY_4, "10:00"), at(MONDAY_MAY_4, "10:30"), at(MONDAY_MAY_4, "11:00"),
                at(MONDAY_MAY_4, "11:00"));
    }

    @Test
    void refusesASearchItCannotRunWithEveryReason() {
        InvalidSlotSearch refusal = catchThrowableOfType(() -> new SlotSearch(MONDAY_MAY_4, MONDAY_MAY_4.minusDays(1),
                PARIS, Duration.ZERO, Duration.ofSeconds(30), 0, LONG_AGO), InvalidSlotSearch.class);

        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("lastDay", "slotSearch.lastDay.beforeFirstDay"),
                new FieldViolation("length", "slotSearch.length.notPositive"),
                new FieldViolation("step", "slotSearch.step.belowAMinute"),
                new FieldViolation("limit", "slotSearch.limit.notPositive"));
        assertThat(catchThrowableOfType(() -> halfHours(MONDAY_MAY_4, MONDAY_MAY_4.plusDays(366), 1),
                InvalidSlotSearch.class).violations())
                .containsExactly(new FieldViolation("lastDay", "slotSearch.lastDay.tooFar"));
    }

    /**
     * Twenty practitioners over three months that include the March clock change, each with a
     * lunch break, daily bookings of their own and, for some, a week of leave: every slot must lie
     * in working hours, clear of that practitioner's bookings, and none may be missing.
     */
    @Test
    void findsEveryFreeSlotOfTwentyPractitionersOverThreeMonths() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate last = LocalDate.of(2026, 5, 31);
        WeeklyHours fullDays = WeeklyHours.onDays(WEEKDAYS, LocalTimeRange.of("09:00", "12:00"),
                LocalTimeRange.of("14:00", "18:00"));
        DateRange leave = new DateRange(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 17));
        List<PractitionerCalendar> calendars = IntStream.range(0, 20).mapToObj(index -> {
            PractitionerCalendar calendar = PractitionerCalendar.of(UserId.random(), fullDays)
                    .withBookings(dailyBookings(index, first, last));
            return index % 5 == 0 ? calendar.withDaysOff(leave) : calendar;
        }).toList();
        long weekdays = first.datesUntil(last.plusDays(1)).filter(day -> WEEKDAYS.contains(day.getDayOfWeek())).count();
        // 14 half hours a day, less one for the 30-minute booking and two for the hour-long one.
        long expected = 20 * 11 * weekdays - 4 * 11 * 5;

        List<AvailableSlot> slots = FreeSlots.forAnyOf(calendars, halfHours(first, last, Integer.MAX_VALUE));

        assertThat(slots).hasSize((int) expected);
        assertThat(slots).isSortedAccordingTo(Comparator.comparing(slot -> slot.time().start()));
        assertThat(slots).allSatisfy(slot -> {
            LocalDateTime start = slot.time().start().atZone(PARIS).toLocalDateTime();
            LocalTime end = slot.time().end().atZone(PARIS).toLocalTime();
            assertThat(WEEKDAYS).contains(start.getDayOfWeek());
            assertThat(start.getMinute() % 30).isZero();
            assertThat(start.toLocalTime().isBefore(LocalTime.NOON) ? !end.isAfter(LocalTime.NOON)
                    : !start.toLocalTime().isBefore(LocalTime.of(14, 0)) && !end.isAfter(LocalTime.of(18, 0)))
                    .as("%s within working hours", start).isTrue();
        });
        for (PractitionerCalendar calendar : calendars) {
            NavigableMap<Instant, Interval> bookingsByStart = new TreeMap<>();
            calendar.bookings().forEach(booking -> bookingsByStart.put(booking.start(), booking));
            assertThat(slots).filteredOn(slot -> slot.practitionerId().equals(calendar.practitionerId()))
                    .noneMatch(slot -> overlapsAny(slot.time(), bookingsByStart))
                    .noneMatch(slot -> calendar.daysOff().stream().anyMatch(off ->
                            off.contains(slot.time().start().atZone(PARIS).toLocalDate())));
        }
    }

    /** The bookings do not overlap one another: only the last to start before the slot ends can reach it. */
    private static boolean overlapsAny(Interval slot, NavigableMap<Instant, Interval> bookingsByStart) {
        Map.Entry<Instant, Interval> latest = bookingsByStart.lowerEntry(slot.end());
        return latest != null && latest.getValue().overlaps(slot);
    }

    /** A 30-minute booking in the morning (its time varies by practitioner) and an hour at 15:00. */
    private static List<Interval> dailyBookings(int practitioner, LocalDate first, LocalDate last) {
        List<Interval> bookings = new ArrayList<>();
        String morning = LocalTime.of(9, 0).plusMinutes(30L * (practitioner % 6)).toString();
        String morningEnd = LocalTime.parse(morning).plusMinutes(30).toString();
        first.datesUntil(last.plusDays(1)).filter(day -> WEEKDAYS.contains(day.getDayOfWeek())).forEach(day -> {
            bookings.add(local(day, morning, morningEnd));
            bookings.add(local(day, "15:00", "16:00"));
        });
        return bookings;
    }

    private static SlotSearch halfHours(LocalDate firstDay, LocalDate lastDay, int limit) {
        return new SlotSearch(firstDay, lastDay, PARIS, HALF_AN_HOUR, HALF_AN_HOUR, limit, LONG_AGO);
    }

    private static Interval local(LocalDate day, String start, String end) {
        return new Interval(at(day, start).atZone(PARIS).toInstant(), at(day, end).atZone(PARIS).toInstant());
    }

    private static LocalDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time));
    }

    private static List<LocalDateTime> localStarts(List<AvailableSlot> slots) {
        return slots.stream().map(slot -> slot.time().start().atZone(PARIS).toLocalDateTime()).toList();
    }
}
