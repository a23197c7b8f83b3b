package io.kine.kernel.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The billing figures of a dashboard over [from, to]: invoiced (issued invoices minus credit
 * notes, by issue date), collected (payments minus refunds, by received date), the balance
 * still owed today with its aging, the same three per practitioner, and the services sold
 * most with their revenue per month. Amounts are in the clinic's currency, rounded to the cent.
 */
public record RevenueView(
        LocalDate from,
        LocalDate to,
        BigDecimal invoiced,
        BigDecimal collected,
        BigDecimal outstanding,
        List<AgingBucket> aging,
        List<RevenuePoint> months,
        List<ServiceRevenue> topServices,
        List<PractitionerRevenue> practitioners) {

    /** Money owed today in one bucket: NOT_DUE, then days overdue 0-30, 31-60, 61-90, 90+. */
    public record AgingBucket(String bucket, long invoices, BigDecimal amount) {
    }

    /** Invoiced and collected over one calendar month (first day of the month). */
    public record RevenuePoint(LocalDate month, BigDecimal invoiced, BigDecimal collected) {
    }

    /**
     * A catalog product: how many units were invoiced in the period, and for how much; {@code monthly}
     * is that revenue per month, in the order of {@link RevenueView#months()}.
     */
    public record ServiceRevenue(String code, String name, BigDecimal quantity, BigDecimal revenue,
            List<BigDecimal> monthly) {
    }

    /**
     * One practitioner's share (invoices billing their appointments or visits, and the payments
     * on them); {@code practitionerId} null for the "unassigned" row: invoices billing no
     * appointment or visit, their payments, and refunds of patient credit. The rows add up to
     * the view's totals.
     */
    public record PractitionerRevenue(UUID practitionerId, String name, BigDecimal invoiced, BigDecimal collected,
            BigDecimal outstanding) {
    }
}
