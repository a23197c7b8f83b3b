package io.kine.command.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kine.command.scheduling.InvalidRecurrence.Reason;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.RecurrenceRule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecurrencesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);

    /** The examples of RFC 5545 section 3.8.5.3 that fall in the weekly subset, in New York as there. */
    @Nested
    class Rfc5545Examples {

        private static final LocalDateTime TUESDAY_SEPT_2_1997 = LocalDateTime.of(1997, 9, 2, 9, 0);

        @Test
        void weeklyForTenOccurrences() {
            List<Interval> occurrences = expand("FREQ=WEEKLY;COUNT=10", TUESDAY_SEPT_2_1997);

            assertThat(days(occurrences)).containsExactly(
                    d(9, 2), d(9, 9), d(9, 16), d(9, 23), d(9, 30), d(10, 7), d(10, 14), d(10, 21),
                    d(10, 28), d(11, 4));
            assertAllAtNineInNewYork(occurrences);
        }

        @Test
        void weeklyUntilDecember24() {
            List<Interval> occurrences = expand("FREQ=WEEKLY;UNTIL=19971224T000000Z", TUESDAY_SEPT_2_1997);

            assertThat(days(occurrences)).containsExactly(
                    d(9, 2), d(9, 9), d(9, 16), d(9, 23), d(9, 30), d(10, 7), d(10, 14), d(10, 21),
                    d(10, 28), d(11, 4), d(11, 11), d(11, 18), d(11, 25), d(12, 2), d(12, 9), d(12, 16), d(12, 23));
            assertAllAtNineInNewYork(occurrences);
        }

        @Test
        void everyOtherWeekOnMondayWednesdayAndFridayUntilDecember24() {
            List<Interval> occurrences = expand("FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
                    LocalDateTime.of(1997, 9, 1, 9, 0));

            assertThat(days(occurrences)).containsExactly(
                    d(9, 1), d(9, 3), d(9, 5), d(9, 15), d(9, 17), d(9, 19), d(9, 29),
                    d(10, 1), d(10, 3), d(10, 13), d(10, 15), d(10, 17), d(10, 27), d(10, 29), d(10, 31),
                    d(11, 10), d(11, 12), d(11, 14), d(11, 24), d(11, 26), d(11, 28),
                    d(12, 8), d(12, 10), d(12, 12), d(12, 22));
            assertAllAtNineInNewYork(occurrences);
        }

        @Test
        void weeklyOnTuesdayAndThursdayForFiveWeeksInBothForms() {
            List<Interval> untilForm = expand("FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
                    TUESDAY_SEPT_2_1997);
            List<Interval> countForm = expand("FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", TUESDAY_SEPT_2_1997);

            assertThat(days(untilForm)).containsExactly(
                    d(9, 2), d(9, 4), d(9, 9), d(9, 11), d(9, 16), d(9, 18), d(9, 23), d(9, 25), d(9, 30), d(10, 2));
            assertThat(countForm).isEqualTo(untilForm);
        }

        @Test
        void everyOtherWeekOnTuesdayAndThursdayForEightOccurrences() {
            List<Interval> occurrences = expand("FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH",
                    TUESDAY_SEPT_2_1997);

            assertThat(days(occurrences)).containsExactly(
                    d(9, 2), d(9, 4), d(9, 16), d(9, 18), d(9, 30), d(10, 2), d(10, 14), d(10, 16));
        }

        @Test
        void theWeekStartChangesWhichDaysEveryOtherWeekPicks() {
            LocalDateTime tuesdayAugust5 = LocalDateTime.of(1997, 8, 5, 9, 0);

            assertThat(days(expand("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", tuesdayAugust5)))
                    .containsExactly(LocalDate.of(1997, 8, 5), LocalDate.of(1997, 8, 10),
                            LocalDate.of(1997, 8, 19), LocalDate.of(1997, 8, 24));
            assertThat(days(expand("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", tuesdayAugust5)))
                    .containsExactly(LocalDate.of(1997, 8, 5), LocalDate.of(1997, 8, 17),
                            LocalDate.of(1997, 8, 19), LocalDate.of(1997, 8, 31));
        }

        @Test
        void everyOtherWeekForeverStopsAfterAYear() {
            List<Interval> occurrences = expand("FREQ=WEEKLY;INTERVAL=2;WKST=SU", TUESDAY_SEPT_2_1997);

            assertThat(days(occurrences)).startsWith(d(9, 2), d(9, 16), d(9, 30), d(10, 14)).hasSize(27);
            assertThat(days(occurrences).get(26)).isEqualTo(LocalDate.of(1998, 9, 1));
        }

        private List<Interval> expand(String rule, LocalDateTime first) {
            return Recurrences.expand(RecurrenceRules.parse(rule, NEW_YORK), first, Duration.ofHours(1), NEW_YORK);
        }

        private void assertAllAtNineInNewYork(List<Interval> occurrences) {
            assertThat(occurrences).allSatisfy(occurrence -> {
                assertThat(occurrence.start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
                assertThat(occurrence.length()).isEqualTo(Duration.ofHours(1));
            });
            // 09:00 EDT is 13:00 UTC, 09:00 EST is 14:00 UTC: the clock change moved the instant, not the hour.
            assertThat(occurrences).anySatisfy(occurrence -> assertThat(utcHour(occurrence)).isEqualTo(13));
            assertThat(occurrences).anySatisfy(occurrence -> assertThat(utcHour(occurrence)).isEqualTo(14));
        }

        private static LocalDate d(int month, int day) {
            return LocalDate.of(1997, month, day);
        }
    }

    @Test
    void keepsNineOClockInParisAcrossTheMarchChange() {
        List<Interval> occurrences = Recurrences.expand(RecurrenceRule.weekly(Set.of(MONDAY)).times(2),
                LocalDateTime.of(2026, 3, 23, 9, 0), HALF_AN_HOUR, PARIS);

        assertThat(occurrences).containsExactly(
                new Interval(Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-23T08:30:00Z")),
                new Interval(Instant.parse("2026-03-30T07:00:00Z"), Instant.parse("2026-03-30T07:30:00Z")));
    }

    @Test
    void keepsNineOClockInParisAcrossTheOctoberChange() {
        List<Interval> occurrences = Recurrences.expand(RecurrenceRule.weekly(Set.of(MONDAY)).times(2),
                LocalDateTime.of(2026, 10, 19, 9, 0), HALF_AN_HOUR, PARIS);

        assertThat(occurrences).extracting(Interval::start).containsExactly(
                Instant.parse("2026-10-19T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void keepsNineOClockInCasablancaWhileTheClocksGoBackForRamadan() {
        List<ZoneOffsetTransition> ramadan = CASABLANCA.getRules().getTransitions().stream()
                .filter(transition -> transition.getInstant().atZone(ZoneOffset.UTC).getYear() == 2026).toList();
        assertThat(ramadan).as("the JDK's tz data for Morocco in 2026").hasSize(2);
        ZoneOffsetTransition back = ramadan.get(0);
        ZoneOffsetTransition forward = ramadan.get(1);
        assertThat(back.isOverlap()).isTrue();
        assertThat(forward.isGap()).isTrue();
        LocalDate weekBefore = back.getDateTimeBefore().toLocalDate().minusWeeks(1);
        LocalDate weekAfter = forward.getDateTimeAfter().toLocalDate().plusWeeks(1);

        List<Interval> occurrences = Recurrences.expand(
                RecurrenceRule.weekly(Set.of(weekBefore.getDayOfWeek())).until(weekAfter),
                weekBefore.atTime(9, 0), HALF_AN_HOUR, CASABLANCA);

        assertThat(occurrences).hasSizeGreaterThan(5).allSatisfy(occurrence ->
                assertThat(occurrence.start().atZone(CASABLANCA).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(occurrences).allSatisfy(occurrence -> {
            boolean duringRamadan = !occurrence.start().isBefore(back.getInstant())
                    && occurrence.start().isBefore(forward.getInstant());
            // UTC+1 most of the year, UTC+0 during Ramadan.
            assertThat(utcHour(occurrence)).isEqualTo(duringRamadan ? 9 : 8);
        });
        assertThat(occurrences).filteredOn(occurrence -> utcHour(occurrence) == 9).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void movesAnOccurrenceInTheSpringForwardGapLaterByTheGap() {
        List<Interval> occurrences = Recurrences.expand(RecurrenceRule.weekly(Set.of(SUNDAY)).times(3),
                LocalDateTime.of(2026, 3, 22, 2, 30), HALF_AN_HOUR, PARIS);

        assertThat(occurrences).extracting(occurrence -> occurrence.start().atZone(PARIS).toLocalDateTime())
                .containsExactly(LocalDateTime.of(2026, 3, 22, 2, 30), LocalDateTime.of(2026, 3, 29, 3, 30),
                        LocalDateTime.of(2026, 4, 5, 2, 30));
        assertThat(occurrences.get(1).length()).isEqualTo(HALF_AN_HOUR);
    }

    @Test
    void takesTheEarlierOfTwiceOccurringTimesWhenClocksGoBack() {
        List<Interval> occurrences = Recurrences.expand(RecurrenceRule.weekly(Set.of(SUNDAY)).times(1),
                LocalDateTime.of(2026, 10, 25, 2, 30), HALF_AN_HOUR, PARIS);

        assertThat(occurrences).extracting(Interval::start).containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void cutsARuleWithoutAnEndAtTwoHundredOccurrences() {
        List<Interval> occurrences = Recurrences.expand(
                RecurrenceRule.weekly(Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)),
                LocalDateTime.of(2026, 1, 5, 9, 0), HALF_AN_HOUR, PARIS);

        assertThat(occurrences).hasSize(200);
    }

    @Test
    void cutsAWeeklyRuleWithoutAnEndAfterAYear() {
        List<Interval> occurrences = Recurrences.expand(RecurrenceRule.weekly(Set.of()),
                LocalDateTime.of(2026, 1, 5, 9, 0), HALF_AN_HOUR, PARIS);

        assertThat(days(occurrences, PARIS)).hasSize(53).last().isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void keepsTheFirstOccurrencesTimeToTheNanosecond() {
        LocalDateTime first = LocalDateTime.of(2026, 5, 4, 9, 15, 30, 500);

        assertThat(Recurrences.expand(RecurrenceRule.weekly(Set.of()).times(2), first, HALF_AN_HOUR, PARIS))
                .extracting(occurrence -> occurrence.start().atZone(PARIS).toLocalDateTime())
                .containsExactly(first, first.plusWeeks(1));
    }

    @Test
    void refusesSeriesItCannotBookWithTheReason() {
        LocalDateTime monday = LocalDateTime.of(2026, 5, 4, 9, 0);
        RecurrenceRule mondays = RecurrenceRule.weekly(Set.of(MONDAY));

        assertThat(refusal(mondays.times(10), monday.plusDays(1), HALF_AN_HOUR))
                .isEqualTo(Reason.FIRST_OCCURRENCE_NOT_ON_A_RULE_DAY);
        assertThat(refusal(mondays.until(LocalDate.of(2026, 5, 3)), monday, HALF_AN_HOUR))
                .isEqualTo(Reason.UNTIL_BEFORE_FIRST_OCCURRENCE);
        assertThat(refusal(mondays.until(LocalDate.of(2027, 5, 4)), monday, HALF_AN_HOUR))
                .isEqualTo(Reason.SERIES_TOO_LONG);
        assertThat(refusal(mondays.everyWeeks(4).times(20), monday, HALF_AN_HOUR))
                .isEqualTo(Reason.SERIES_TOO_LONG);
        assertThat(refusal(mondays.times(201), monday, HALF_AN_HOUR)).isEqualTo(Reason.TOO_MANY_OCCURRENCES);
        assertThat(refusal(mondays.times(3), monday, Duration.ZERO)).isEqualTo(Reason.INVALID_LENGTH);
        assertThat(refusal(mondays.times(3), monday, Duration.ofHours(25))).isEqualTo(Reason.INVALID_LENGTH);
    }

    @Test
    void acceptsAnUntilOnTheLastDayBeforeTheHorizon() {
        LocalDateTime monday = LocalDateTime.of(2026, 5, 4, 9, 0);

        assertThat(Recurrences.expand(RecurrenceRule.weekly(Set.of(MONDAY)).until(LocalDate.of(2027, 5, 3)),
                monday, HALF_AN_HOUR, PARIS)).hasSize(53);
    }

    private static Reason refusal(RecurrenceRule rule, LocalDateTime first, Duration length) {
        return catchThrowableOfType(() -> Recurrences.expand(rule, first, length, PARIS), InvalidRecurrence.class)
                .reason();
    }

    private static int utcHour(Interval occurrence) {
        return occurrence.start().atZone(ZoneOffset.UTC).getHour();
    }

    private static List<LocalDate> days(List<Interval> occurrences) {
        return days(occurrences, NEW_YORK);
    }

    private static List<LocalDate> days(List<Interval> occurrences, ZoneId zone) {
        return occurrences.stream().map(occurrence -> occurrence.start().atZone(zone).toLocalDate()).toList();
    }
}
