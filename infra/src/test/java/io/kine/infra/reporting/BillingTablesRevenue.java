package io.kine.infra.reporting;

import io.kine.kernel.reporting.RevenueView;
import io.kine.kernel.reporting.RevenueView.AgingBucket;
import io.kine.kernel.reporting.RevenueView.PractitionerRevenue;
import io.kine.kernel.reporting.RevenueView.RevenuePoint;
import io.kine.kernel.reporting.RevenueView.ServiceRevenue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The billing figures as they were computed before the kpi projection kept them: SQL over
 * billing's own read-model tables, resolving each invoice's practitioner and location from
 * read_model.appointment and read_model.visit. The tests compare the dashboards with it.
 */
final class BillingTablesRevenue {

    /** The invoices in scope: the organization's, or only those billing the practitioner's work. */
    private static final String OWN = """
             AND (EXISTS (SELECT 1 FROM read_model.appointment a WHERE i.billed_kind = 'APPOINTMENT'
                           AND a.appointment_id = i.billed_id AND a.practitioner_id = :practitioner)
                OR EXISTS (SELECT 1 FROM read_model.visit v WHERE i.billed_kind = 'VISIT'
                           AND v.visit_id = i.billed_id AND v.practitioner_id = :practitioner))
            """;

    /** Only invoices billing an appointment at the location, or a visit of an appointment there. */
    private static final String AT = """
             AND EXISTS (SELECT 1 FROM read_model.appointment la WHERE la.location_id = :location
                         AND la.appointment_id = CASE i.billed_kind WHEN 'APPOINTMENT' THEN i.billed_id
                             WHEN 'VISIT' THEN (SELECT lv.appointment_id FROM read_model.visit lv
                                                WHERE lv.visit_id = i.billed_id) END)
            """;

    /** Whose work an invoice bills: the practitioner of its appointment or visit, else null. */
    private static final String PRACTITIONER_OF = """
            CASE i.billed_kind
                WHEN 'APPOINTMENT' THEN (SELECT a.practitioner_id FROM read_model.appointment a
                                         WHERE a.appointment_id = i.billed_id)
                WHEN 'VISIT' THEN (SELECT v.practitioner_id FROM read_model.visit v WHERE v.visit_id = i.billed_id)
            END""";

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private final JdbcClient jdbc;

    BillingTablesRevenue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the figures are about: always an organization, possibly a practitioner and a location. */
    private record Scope(UUID org, UUID practitioner, UUID location, LocalDate from, LocalDate to) {

        String where() {
            return "i.organization_id = :org" + (practitioner == null ? "" : OWN) + (location == null ? "" : AT);
        }

        /** Refunds of patient credit belong to a patient, neither to a practitioner nor to a location. */
        boolean withRefunds() {
            return practitioner == null && location == null;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("org", org).param("practitioner", practitioner).param("location", location)
                    .param("from", from).param("to", to);
        }
    }

    /** The organization's figures, or a practitioner's own (without the per-practitioner rows), maybe at one location. */
    RevenueView revenue(UUID org, UUID practitioner, UUID location, LocalDate from, LocalDate to, boolean perPractitioner) {
        return revenue(new Scope(org, practitioner, location, from, to), perPractitioner);
    }

    private RevenueView revenue(Scope scope, boolean perPractitioner) {
        Map<LocalDate, BigDecimal[]> months = new LinkedHashMap<>();
        for (LocalDate m = scope.from().withDayOfMonth(1); !m.isAfter(scope.to()); m = m.plusMonths(1)) {
            months.put(m, new BigDecimal[] {NONE, NONE});
        }
        monthly(scope, invoicedSql(scope), months, 0);
        monthly(scope, collectedSql(scope), months, 1);
        List<RevenuePoint> points = new ArrayList<>();
        BigDecimal invoiced = NONE;
        BigDecimal collected = NONE;
        for (Map.Entry<LocalDate, BigDecimal[]> month : months.entrySet()) {
            points.add(new RevenuePoint(month.getKey(), month.getValue()[0], month.getValue()[1]));
            invoiced = invoiced.add(month.getValue()[0]);
            collected = collected.add(month.getValue()[1]);
        }
        List<AgingBucket> aging = aging(scope);
        BigDecimal outstanding = aging.stream().map(AgingBucket::amount).reduce(NONE, BigDecimal::add);
        return new RevenueView(scope.from(), scope.to(), invoiced, collected, outstanding, aging, points,
                topServices(scope, List.copyOf(months.keySet())),
                perPractitioner ? practitioners(scope) : List.of());
    }

    private void monthly(Scope scope, String sql, Map<LocalDate, BigDecimal[]> months, int column) {
        scope.bind(jdbc.sql(sql)).query((rs, n) -> {
            months.get(rs.getObject("month", LocalDate.class))[column] = rs.getBigDecimal("amount");
            return null;
        }).list();
    }

    /** Issued invoices by issue date, minus credit notes by their date. */
    private static String invoicedSql(Scope scope) {
        return """
                SELECT CAST(date_trunc('month', day) AS date) AS month, sum(amount) AS amount FROM (
                    SELECT i.issued_on AS day, i.total AS amount FROM read_model.invoice i
                    WHERE i.issued_on BETWEEN :from AND :to AND i.status <> 'DRAFT' AND i.status <> 'VOID' AND %1$s
                    UNION ALL
                    SELECT i.credited_on, -i.total FROM read_model.invoice i
                    WHERE i.credit_note_id IS NOT NULL AND i.credited_on BETWEEN :from AND :to AND %1$s) d
                GROUP BY 1
                """.formatted(scope.where());
    }

    /**
     * Payments by received date, minus refunds of patient credit by their date. Refunds belong
     * to a patient, not to an invoice, so a practitioner's or a location's figure counts payments only.
     */
    private static String collectedSql(Scope scope) {
        String refunds = scope.withRefunds() ? """
                UNION ALL
                SELECT CAST(m.occurred_at AT TIME ZONE 'UTC' AS date), -m.amount FROM read_model.patient_credit_movement m
                WHERE m.organization_id = :org AND m.kind = 'REFUNDED'
                  AND CAST(m.occurred_at AT TIME ZONE 'UTC' AS date) BETWEEN :from AND :to
                """ : "";
        return """
                SELECT CAST(date_trunc('month', day) AS date) AS month, sum(amount) AS amount FROM (
                    SELECT p.received_on AS day, p.amount FROM read_model.payment p
                    JOIN read_model.invoice i ON i.invoice_id = p.invoice_id
                    WHERE p.received_on BETWEEN :from AND :to AND %s
                    %s) d
                GROUP BY 1
                """.formatted(scope.where(), refunds);
    }

    /** What is owed today: not yet due, then overdue per bucket of read_model.invoice_aging. */
    private List<AgingBucket> aging(Scope scope) {
        Map<String, AgingBucket> buckets = new LinkedHashMap<>();
        for (String bucket : List.of("NOT_DUE", "0-30", "31-60", "61-90", "90+")) {
            buckets.put(bucket, new AgingBucket(bucket, 0, NONE));
        }
        scope.bind(jdbc.sql("""
                SELECT coalesce(g.bucket, 'NOT_DUE') AS bucket, count(*) AS invoices, sum(i.balance_due) AS amount
                FROM read_model.invoice i LEFT JOIN read_model.invoice_aging g ON g.invoice_id = i.invoice_id
                WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.balance_due > 0 AND %s
                GROUP BY 1
                """.formatted(scope.where())))
                .query((rs, n) -> buckets.put(rs.getString("bucket"),
                        new AgingBucket(rs.getString("bucket"), rs.getLong("invoices"), rs.getBigDecimal("amount"))))
                .list();
        return List.copyOf(buckets.values());
    }

    /**
     * Lines with a catalog product on invoices issued in the period and not credited, best sellers
     * first, each with its revenue per month of the period.
     */
    private List<ServiceRevenue> topServices(Scope scope, List<LocalDate> months) {
        String lines = """
                FROM read_model.invoice i
                JOIN read_model.invoice_line l ON l.invoice_id = i.invoice_id
                JOIN read_model.product p ON p.product_id = l.product_id
                WHERE i.issued_on BETWEEN :from AND :to AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') AND %s
                """.formatted(scope.where());
        record Top(String code, String name, BigDecimal quantity, BigDecimal revenue) {
        }
        List<Top> top = scope.bind(jdbc.sql("SELECT p.code, p.name, sum(l.quantity) AS quantity, sum(l.total) AS revenue "
                        + lines + " GROUP BY p.code, p.name ORDER BY revenue DESC, quantity DESC, p.code LIMIT 10"))
                .query((rs, n) -> new Top(rs.getString("code"), rs.getString("name"),
                        rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getBigDecimal("revenue")))
                .list();
        Map<String, BigDecimal[]> monthly = new LinkedHashMap<>();
        for (Top service : top) {
            BigDecimal[] amounts = new BigDecimal[months.size()];
            java.util.Arrays.fill(amounts, NONE);
            monthly.put(service.code() + "\u0000" + service.name(), amounts);
        }
        if (!top.isEmpty()) {
            scope.bind(jdbc.sql("SELECT p.code, p.name, CAST(date_trunc('month', i.issued_on) AS date) AS month, "
                            + "sum(l.total) AS revenue " + lines + " GROUP BY p.code, p.name, 3"))
                    .query((rs, n) -> {
                        BigDecimal[] amounts = monthly.get(rs.getString("code") + "\u0000" + rs.getString("name"));
                        if (amounts != null) {
                            amounts[months.indexOf(rs.getObject("month", LocalDate.class))] = rs.getBigDecimal("revenue");
                        }
                        return null;
                    }).list();
        }
        return top.stream().map(service -> new ServiceRevenue(service.code(), service.name(), service.quantity(),
                service.revenue(), List.of(monthly.get(service.code() + "\u0000" + service.name())))).toList();
    }

    /**
     * Invoiced, collected and owed per practitioner over the same invoices; invoices billing
     * no appointment or visit, their payments, and refunds of patient credit in a last row
     * without practitioner, so the rows add up to the totals.
     */
    private List<PractitionerRevenue> practitioners(Scope scope) {
        String refunds = scope.withRefunds() ? """
                UNION ALL
                SELECT CAST(NULL AS uuid), 0, -m.amount, 0 FROM read_model.patient_credit_movement m
                WHERE m.organization_id = :org AND m.kind = 'REFUNDED'
                  AND CAST(m.occurred_at AT TIME ZONE 'UTC' AS date) BETWEEN :from AND :to
                """ : "";
        return scope.bind(jdbc.sql("""
                WITH scoped AS (
                    SELECT i.invoice_id, i.issued_on, i.status, i.total, i.credit_note_id, i.credited_on, i.balance_due,
                        %s AS practitioner_id
                    FROM read_model.invoice i WHERE %s),
                amounts (practitioner_id, invoiced, collected, outstanding) AS (
                    SELECT practitioner_id, total, 0, 0 FROM scoped
                    WHERE issued_on BETWEEN :from AND :to AND status <> 'DRAFT' AND status <> 'VOID'
                    UNION ALL
                    SELECT practitioner_id, -total, 0, 0 FROM scoped
                    WHERE credit_note_id IS NOT NULL AND credited_on BETWEEN :from AND :to
                    UNION ALL
                    SELECT s.practitioner_id, 0, p.amount, 0 FROM read_model.payment p
                    JOIN scoped s ON s.invoice_id = p.invoice_id WHERE p.received_on BETWEEN :from AND :to
                    UNION ALL
                    SELECT practitioner_id, 0, 0, balance_due FROM scoped
                    WHERE status IN ('ISSUED', 'PARTIALLY_PAID') AND balance_due > 0
                    %s)
                SELECT r.practitioner_id, coalesce(s.display_name, CAST(r.practitioner_id AS text)) AS name,
                    sum(r.invoiced) AS invoiced, sum(r.collected) AS collected, sum(r.outstanding) AS outstanding
                FROM amounts r LEFT JOIN read_model.staff_member s ON s.user_id = r.practitioner_id
                GROUP BY r.practitioner_id, s.display_name
                ORDER BY r.practitioner_id IS NULL, lower(s.display_name), r.practitioner_id
                """.formatted(PRACTITIONER_OF, scope.where(), refunds)))
                .query((rs, n) -> new PractitionerRevenue(rs.getObject("practitioner_id", UUID.class),
                        rs.getObject("practitioner_id") == null ? null : rs.getString("name"),
                        cents(rs.getBigDecimal("invoiced")), cents(rs.getBigDecimal("collected")),
                        cents(rs.getBigDecimal("outstanding"))))
                .list();
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
