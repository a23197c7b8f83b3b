package io.kine.kernel.scheduling;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulingValuesTest {

    private static final Instant NINE = Instant.parse("2026-05-04T07:00:00Z");

    @Test
    void intervalsThatOnlyTouchDoNotOverlap() {
        Interval first = Interval.of(NINE, Duration.ofMinutes(30));
        Interval next = Interval.of(first.end(), Duration.ofMinutes(30));
        Interval straddling = Interval.of(NINE.plusSeconds(60 * 20), Duration.ofMinutes(30));

        assertThat(first.overlaps(next)).isFalse();
        assertThat(first.overlaps(straddling)).isTrue();
        assertThat(straddling.overlaps(next)).isTrue();
        assertThat(first.length()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anIntervalEndsAfterItStarts() {
        assertThatThrownBy(() -> new Interval(NINE, NINE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleKeepsItsDaysAsAnUnchangeableSetAndDefaultsToMondayWeeks() {
        RecurrenceRule rule = new RecurrenceRule(2, Set.of(THURSDAY, MONDAY), null, 10, null);

        assertThat(rule.days()).containsExactly(MONDAY, THURSDAY);
        assertThat(rule.weekStart()).isEqualTo(MONDAY);
        assertThatThrownBy(() -> rule.days().add(SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new RecurrenceRule(1, null, SUNDAY, null, null).days()).isEmpty();
    }

    @Test
    void settingAnEndReplacesTheOtherKindOfEnd() {
        RecurrenceRule rule = RecurrenceRule.weekly(Set.of(MONDAY)).times(10).until(LocalDate.of(2026, 6, 1));

        assertThat(rule.count()).isNull();
        assertThat(rule.until()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(rule.times(3).until()).isNull();
    }

    @Test
    void weeklyHoursAreSortedCopiedAndEmptyOnDaysOff() {
        Map<DayOfWeek, List<LocalTimeRange>> typed = new EnumMap<>(DayOfWeek.class);
        List<LocalTimeRange> monday = new ArrayList<>(List.of(LocalTimeRange.of("14:00", "18:00"),
                LocalTimeRange.of("09:00", "12:00")));
        typed.put(MONDAY, monday);

        WeeklyHours hours = new WeeklyHours(typed);
        monday.clear();

        assertThat(hours.on(MONDAY)).containsExactly(LocalTimeRange.of("09:00", "12:00"),
                LocalTimeRange.of("14:00", "18:00"));
        assertThat(hours.on(SUNDAY)).isEmpty();
    }

    @Test
    void aDateRangeIncludesBothEnds() {
        DateRange leave = new DateRange(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 17));

        assertThat(leave.contains(LocalDate.of(2026, 4, 13))).isTrue();
        assertThat(leave.contains(LocalDate.of(2026, 4, 17))).isTrue();
        assertThat(leave.contains(LocalDate.of(2026, 4, 18))).isFalse();
        assertThat(DateRange.day(LocalDate.of(2026, 4, 12)).contains(LocalDate.of(2026, 4, 12))).isTrue();
    }
}
