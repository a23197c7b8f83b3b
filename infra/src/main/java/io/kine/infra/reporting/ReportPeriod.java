package io.kine.infra.reporting;

import io.kine.infra.web.InvalidRequest;
import io.kine.kernel.reporting.Granularity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period a dashboard shows. Without parameters: the last twelve months, month by month.
 * Longer than ten years or upside down is refused (400).
 */
record ReportPeriod(LocalDate from, LocalDate to, Granularity granularity) {

    static final long MAX_DAYS = 3_660;

    static ReportPeriod of(LocalDate from, LocalDate to, Granularity granularity, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        if (start.isAfter(end)) {
            throw new InvalidRequest("from", "report.period.reversed");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw new InvalidRequest("from", "report.period.tooLong");
        }
        return new ReportPeriod(start, end, granularity == null ? Granularity.MONTH : granularity);
    }
}
