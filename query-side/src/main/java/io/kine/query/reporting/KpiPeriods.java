package io.kine.query.reporting;

import io.kine.kernel.reporting.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Cuts [from, to] into days, ISO weeks or months, as PostgreSQL's date_trunc does. */
final class KpiPeriods {

    private KpiPeriods() {
    }

    static String unit(Granularity granularity) {
        return switch (granularity) {
            case DAY -> "day";
            case WEEK -> "week";
            case MONTH -> "month";
        };
    }

    static LocalDate startOf(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    static LocalDate next(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    static LocalDate previous(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
        };
    }

    /** The starts of every bucket overlapping [from, to]. */
    static List<LocalDate> buckets(LocalDate from, LocalDate to, Granularity granularity) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = startOf(from, granularity); !start.isAfter(to); start = next(start, granularity)) {
            starts.add(start);
        }
        return starts;
    }
}
