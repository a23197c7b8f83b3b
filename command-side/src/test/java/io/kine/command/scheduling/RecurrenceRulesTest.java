package io.kine.command.scheduling;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import io.kine.command.scheduling.InvalidRecurrence.Reason;
import io.kine.kernel.scheduling.RecurrenceRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void readsEveryPartOfTheSupportedSubset() {
        RecurrenceRule rule = RecurrenceRules.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10", PARIS);

        assertThat(rule).isEqualTo(RecurrenceRule.weekly(Set.of(MONDAY, THURSDAY)).everyWeeks(2).times(10));
    }

    @Test
    void readsARuleWithoutDaysAsTheFirstOccurrencesWeekday() {
        RecurrenceRule rule = RecurrenceRules.parse("FREQ=WEEKLY;COUNT=10", NEW_YORK);

        assertThat(rule.days()).isEmpty();
        assertThat(rule.interval()).isOne();
        assertThat(rule.count()).isEqualTo(10);
        assertThat(rule.until()).isNull();
    }

    @Test
    void readsLowerCaseAndTheWeekStart() {
        RecurrenceRule rule = RecurrenceRules.parse(" freq=weekly;wkst=su;byday=tu,th ", PARIS);

        assertThat(rule).isEqualTo(RecurrenceRule.weekly(Set.of(TUESDAY, THURSDAY)).weeksStartingOn(SUNDAY));
    }

    @Test
    void turnsAUtcUntilIntoTheDateItFallsOnInTheLocationsZone() {
        // 1997-12-24T00:00Z is still the evening of the 23rd in New York, already the 24th in Paris.
        String text = "FREQ=WEEKLY;UNTIL=19971224T000000Z";

        assertThat(RecurrenceRules.parse(text, NEW_YORK).until()).isEqualTo(LocalDate.of(1997, 12, 23));
        assertThat(RecurrenceRules.parse(text, PARIS).until()).isEqualTo(LocalDate.of(1997, 12, 24));
    }

    @Test
    void readsAnUntilGivenAsADateOrALocalTime() {
        assertThat(RecurrenceRules.parse("FREQ=WEEKLY;UNTIL=20261224", PARIS).until())
                .isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(RecurrenceRules.parse("FREQ=WEEKLY;UNTIL=20261224T235959", PARIS).until())
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void writesTheRuleAsRfc5545Text() {
        RecurrenceRule rule = RecurrenceRule.weekly(Set.of(THURSDAY, MONDAY)).everyWeeks(2).times(10);

        assertThat(RecurrenceRules.format(rule)).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10");
    }

    @Test
    void writesUntilAsTheEndOfThatDayInLocalTimeAndANonMondayWeekStart() {
        RecurrenceRule rule = RecurrenceRule.weekly(Set.of(TUESDAY)).weeksStartingOn(SUNDAY)
                .until(LocalDate.of(2026, 12, 24));

        assertThat(RecurrenceRules.format(rule)).isEqualTo("FREQ=WEEKLY;WKST=SU;BYDAY=TU;UNTIL=20261224T235959");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FREQ=WEEKLY",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=12",
        "FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=SA,SU;UNTIL=20270101T235959",
    })
    void readsBackWhatItWrites(String text) {
        RecurrenceRule rule = RecurrenceRules.parse(text, PARIS);

        assertThat(RecurrenceRules.format(rule)).isEqualTo(text);
        assertThat(RecurrenceRules.parse(RecurrenceRules.format(rule), PARIS)).isEqualTo(rule);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FREQ=DAILY;COUNT=10                         | UNSUPPORTED_FREQUENCY",
        "FREQ=MONTHLY;BYDAY=1MO                      | UNSUPPORTED_FREQUENCY",
        "FREQ=WEEKLY;BYMONTH=1                       | UNSUPPORTED_PART",
        "FREQ=WEEKLY;BYHOUR=9,17                     | UNSUPPORTED_PART",
        "FREQ=WEEKLY;BYSETPOS=1;BYDAY=MO             | UNSUPPORTED_PART",
        "FREQ=WEEKLY;RSCALE=GREGORIAN                | UNSUPPORTED_PART",
        "FREQ=WEEKLY;BYDAY=1MO                       | MALFORMED",
        "FREQ=WEEKLY;COUNT=2;UNTIL=20260101          | MALFORMED",
        "FREQ=WEEKLY;INTERVAL=0                      | MALFORMED",
        "FREQ=WEEKLY;BYDAY=XX                        | MALFORMED",
        "FREQ=WEEKLY;X-NAME=1                        | MALFORMED",
        "every monday                                | MALFORMED",
        "FREQ=WEEKLY;COUNT=0                         | MALFORMED",
        "FREQ=WEEKLY;COUNT=201                       | TOO_MANY_OCCURRENCES",
    })
    void refusesWhatIsOutsideTheWeeklySubsetWithTheReason(String text, Reason reason) {
        InvalidRecurrence refusal = catchThrowableOfType(() -> RecurrenceRules.parse(text, PARIS),
                InvalidRecurrence.class);

        assertThat(refusal).as(text).isNotNull();
        assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(refusal.problemType()).isEqualTo("invalid-recurrence");
        assertThat(refusal.violations()).containsExactly(new FieldViolation("recurrence", reason.messageKey()));
    }

    @Test
    void refusesAnEmptyRule() {
        assertThat(catchThrowableOfType(() -> RecurrenceRules.parse("  ", PARIS), InvalidRecurrence.class).reason())
                .isEqualTo(Reason.MALFORMED);
        assertThat(catchThrowableOfType(() -> RecurrenceRules.parse(null, PARIS), InvalidRecurrence.class).reason())
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void refusesToWriteARuleThatBreaksTheSubset() {
        RecurrenceRule both = new RecurrenceRule(1, Set.of(FRIDAY), MONDAY, 3, LocalDate.of(2026, 6, 1));
        RecurrenceRule noInterval = new RecurrenceRule(0, Set.of(WEDNESDAY), MONDAY, null, null);

        assertThat(catchThrowableOfType(() -> RecurrenceRules.format(both), InvalidRecurrence.class).reason())
                .isEqualTo(Reason.COUNT_AND_UNTIL);
        assertThat(catchThrowableOfType(() -> RecurrenceRules.format(noInterval), InvalidRecurrence.class).reason())
                .isEqualTo(Reason.INVALID_INTERVAL);
    }
}
