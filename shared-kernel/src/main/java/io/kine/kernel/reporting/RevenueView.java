package io.kine.kernel.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The billing figures of a dashboard over [from, to]: invoiced (issued invoices minus credit
 * notes, by issue date), collected (payments minus refunds, by received date), the balance
 * still owed today with its aging, and the services sold most. Amounts are in the clinic's
 * currency, rounded to the cent.
 */
public record RevenueView(
        LocalDate from,
        LocalDate to,
        BigDecimal invoiced,
        BigDecimal collected,
        BigDecimal outstanding,
        List<AgingBucket> aging,
        List<RevenuePoint> months,
        List<ServiceRevenue> topServices) {

    /** Money owed today in one bucket: NOT_DUE, then days overdue 0-30, 31-60, 61-90, 90+. */
    public record AgingBucket(String bucket, long invoices, BigDecimal amount) {
    }

    /** Invoiced and collected over one calendar month (first day of the month). */
    public record RevenuePoint(LocalDate month, BigDecimal invoiced, BigDecimal collected) {
    }

    /** A catalog product: how many units were invoiced in the period, and for how much. */
    public record ServiceRevenue(String code, String name, BigDecimal quantity, BigDecimal revenue) {
    }
}
