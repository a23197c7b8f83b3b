package io.kine.command.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.scheduling.AvailableSlot;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changed hours, days off and time off, as the free-slot search and the working-hours check read them. */
class WorkingHoursExceptionsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY_MAY_4 = LocalDate.of(2026, 5, 4);
    private static final UserId ALICE = UserId.random();
    private static final WeeklyHours MORNINGS = WeeklyHours.onDays(List.of(MONDAY, FRIDAY), LocalTimeRange.of("09:00", "12:00"));

    private static Interval local(LocalDate day, String from, String to) {
        return new Interval(day.atTime(LocalTime.parse(from)).atZone(PARIS).toInstant(),
                day.atTime(LocalTime.parse(to)).atZone(PARIS).toInstant());
    }

    private static SlotSearch oneDay(LocalDate day) {
        return new SlotSearch(day, day, PARIS, Duration.ofHours(1), Duration.ofHours(1), 20, Instant.EPOCH);
    }

    @Test
    void offersTheChangedHoursInsteadOfTheWeeklyOnes() {
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS).withChangedHours(List.of(
                new PractitionerCalendar.ChangedHours(DateRange.day(MONDAY_MAY_4), List.of(LocalTimeRange.of("14:00", "16:00")))));

        assertThat(FreeSlots.forPractitioner(calendar, oneDay(MONDAY_MAY_4))).extracting(AvailableSlot::time)
                .containsExactly(local(MONDAY_MAY_4, "14:00", "15:00"), local(MONDAY_MAY_4, "15:00", "16:00"));
        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "09:00", "10:00"), PARIS)).isFalse();
        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "14:30", "15:30"), PARIS)).isTrue();
    }

    @Test
    void givesChangedHoursOnADayNormallyOff() {
        LocalDate tuesday = MONDAY_MAY_4.plusDays(1);
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS).withChangedHours(List.of(
                new PractitionerCalendar.ChangedHours(DateRange.day(tuesday), List.of(LocalTimeRange.of("18:00", "20:00")))));

        assertThat(FreeSlots.forPractitioner(calendar, oneDay(tuesday))).hasSize(2);
    }

    @Test
    void offersNothingAndRefusesBookingsOnADayOff() {
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS).withDaysOff(DateRange.day(MONDAY_MAY_4));

        assertThat(FreeSlots.forPractitioner(calendar, oneDay(MONDAY_MAY_4))).isEmpty();
        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "09:00", "10:00"), PARIS)).isFalse();
    }

    @Test
    void refusesABookingOverlappingTimeOffButNotOneBesideIt() {
        PractitionerCalendar calendar = PractitionerCalendar.of(ALICE, MORNINGS)
                .withTimeOff(local(MONDAY_MAY_4, "10:00", "11:00"));

        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "09:30", "10:30"), PARIS)).isFalse();
        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "09:00", "10:00"), PARIS)).isTrue();
        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "11:00", "12:00"), PARIS)).isTrue();
        assertThat(FreeSlots.isWorking(calendar, local(MONDAY_MAY_4, "11:30", "12:30"), PARIS)).isFalse();
    }
}
