package io.kine.query.reporting;

import io.kine.kernel.reporting.GetOwnRevenue;
import io.kine.kernel.reporting.GetRevenue;
import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.RevenueView.AgingBucket;
import io.kine.kernel.reporting.RevenueView.RevenuePoint;
import io.kine.kernel.reporting.RevenueView.ServiceRevenue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing figures, read straight from billing's own read-model tables (invoice, payment,
 * invoice_line, patient_credit_movement, invoice_aging): they already hold one row per
 * document with its totals, so a dedicated KPI table would only copy them. An invoice is a
 * practitioner's when it bills one of their appointments or visits.
 */
@Component
class RevenueQueries {

    /** The invoices in scope: the organization's, or only those billing the practitioner's work. */
    private static final String OWN = """
             AND (EXISTS (SELECT 1 FROM read_model.appointment a WHERE i.billed_kind = 'APPOINTMENT'
                           AND a.appointment_id = i.billed_id AND a.practitioner_id = :practitioner)
                OR EXISTS (SELECT 1 FROM read_model.visit v WHERE i.billed_kind = 'VISIT'
                           AND v.visit_id = i.billed_id AND v.practitioner_id = :practitioner))
            """;

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private final JdbcClient jdbc;

    private static String scope(UUID practitioner) {
        return "i.organization_id = :org" + (practitioner == null ? "" : OWN);
    }

    RevenueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    RevenueView handle(GetRevenue query) {
        return revenue(query.organizationId().value(), query.practitionerId() == null ? null
                : query.practitionerId().value(), query.from(), query.to());
    }

    /** Whatever the caller asks, a practitioner's own revenue is about the actor of the message. */
    @QueryHandler
    RevenueView handle(GetOwnRevenue query, @MetaDataValue("actorId") String actorId) {
        return revenue(query.organizationId().value(), UUID.fromString(actorId), query.from(), query.to());
    }

    private RevenueView revenue(UUID org, UUID practitioner, LocalDate from, LocalDate to) {
        Map<LocalDate, BigDecimal[]> months = new LinkedHashMap<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new BigDecimal[] {NONE, NONE});
        }
        monthly(org, practitioner, from, to, invoicedSql(practitioner), months, 0);
        monthly(org, practitioner, from, to, collectedSql(practitioner), months, 1);
        List<RevenuePoint> points = new ArrayList<>();
        BigDecimal invoiced = NONE;
        BigDecimal collected = NONE;
        for (Map.Entry<LocalDate, BigDecimal[]> month : months.entrySet()) {
            points.add(new RevenuePoint(month.getKey(), month.getValue()[0], month.getValue()[1]));
            invoiced = invoiced.add(month.getValue()[0]);
            collected = collected.add(month.getValue()[1]);
        }
        List<AgingBucket> aging = aging(org, practitioner);
        BigDecimal outstanding = aging.stream().map(AgingBucket::amount).reduce(NONE, BigDecimal::add);
        return new RevenueView(from, to, invoiced, collected, outstanding, aging, points,
                topServices(org, practitioner, from, to));
    }

    private void monthly(UUID org, UUID practitioner, LocalDate from, LocalDate to, String sql,
            Map<LocalDate, BigDecimal[]> months, int column) {
        jdbc.sql(sql).param("org", org).param("practitioner", practitioner).param("from", from).param("to", to)
                .query((rs, n) -> {
                    months.get(rs.getObject("month", LocalDate.class))[column] = rs.getBigDecimal("amount");
                    return null;
                }).list();
    }

    /** Issued invoices by issue date, minus credit notes by their date. */
    private static String invoicedSql(UUID practitioner) {
        return """
                SELECT CAST(date_trunc('month', day) AS date) AS month, sum(amount) AS amount FROM (
                    SELECT i.issued_on AS day, i.total AS amount FROM read_model.invoice i
                    WHERE i.issued_on BETWEEN :from AND :to AND i.status <> 'DRAFT' AND i.status <> 'VOID' AND %1$s
                    UNION ALL
                    SELECT i.credited_on, -i.total FROM read_model.invoice i
                    WHERE i.credit_note_id IS NOT NULL AND i.credited_on BETWEEN :from AND :to AND %1$s) d
                GROUP BY 1
                """.formatted(scope(practitioner));
    }

    /**
     * Payments by received date, minus refunds of patient credit by their date. Refunds belong
     * to a patient, not to an invoice, so a practitioner's own figure counts payments only.
     */
    private static String collectedSql(UUID practitioner) {
        String refunds = practitioner != null ? "" : """
                UNION ALL
                SELECT CAST(m.occurred_at AT TIME ZONE 'UTC' AS date), -m.amount FROM read_model.patient_credit_movement m
                WHERE m.organization_id = :org AND m.kind = 'REFUNDED'
                  AND CAST(m.occurred_at AT TIME ZONE 'UTC' AS date) BETWEEN :from AND :to
                """;
        return """
                SELECT CAST(date_trunc('month', day) AS date) AS month, sum(amount) AS amount FROM (
                    SELECT p.received_on AS day, p.amount FROM read_model.payment p
                    JOIN read_model.invoice i ON i.invoice_id = p.invoice_id
                    WHERE p.received_on BETWEEN :from AND :to AND %s
                    %s) d
                GROUP BY 1
                """.formatted(scope(practitioner), refunds);
    }

    /** What is owed today: not yet due, then overdue per bucket of read_model.invoice_aging. */
    private List<AgingBucket> aging(UUID org, UUID practitioner) {
        Map<String, AgingBucket> buckets = new LinkedHashMap<>();
        for (String bucket : List.of("NOT_DUE", "0-30", "31-60", "61-90", "90+")) {
            buckets.put(bucket, new AgingBucket(bucket, 0, NONE));
        }
        jdbc.sql("""
                SELECT coalesce(g.bucket, 'NOT_DUE') AS bucket, count(*) AS invoices, sum(i.balance_due) AS amount
                FROM read_model.invoice i LEFT JOIN read_model.invoice_aging g ON g.invoice_id = i.invoice_id
                WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.balance_due > 0 AND %s
                GROUP BY 1
                """.formatted(scope(practitioner))).param("org", org).param("practitioner", practitioner)
                .query((rs, n) -> buckets.put(rs.getString("bucket"),
                        new AgingBucket(rs.getString("bucket"), rs.getLong("invoices"), rs.getBigDecimal("amount"))))
                .list();
        return List.copyOf(buckets.values());
    }

    /** Lines with a catalog product on invoices issued in the period and not credited, best sellers first. */
    private List<ServiceRevenue> topServices(UUID org, UUID practitioner, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT p.code, p.name, sum(l.quantity) AS quantity, sum(l.total) AS revenue
                FROM read_model.invoice i
                JOIN read_model.invoice_line l ON l.invoice_id = i.invoice_id
                JOIN read_model.product p ON p.product_id = l.product_id
                WHERE i.issued_on BETWEEN :from AND :to AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') AND %s
                GROUP BY p.code, p.name ORDER BY revenue DESC, quantity DESC, p.code LIMIT 10
                """.formatted(scope(practitioner))).param("org", org).param("practitioner", practitioner)
                .param("from", from).param("to", to)
                .query((rs, n) -> new ServiceRevenue(rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getBigDecimal("revenue")))
                .list();
    }
}
