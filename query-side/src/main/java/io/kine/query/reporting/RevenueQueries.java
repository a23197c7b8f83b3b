package io.kine.query.reporting;

import io.kine.kernel.reporting.GetOwnRevenue;
import io.kine.kernel.reporting.GetRevenue;
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
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing figures, read from the kpi projection's revenue tables (see {@code KpiRevenue}): sums
 * over the daily rollups {@code kpi_revenue_day} and {@code kpi_service_day}, and the open
 * invoices of {@code kpi_invoice} for what is owed. An invoice is a practitioner's when it bills
 * one of their appointments or visits; it is at a location when the appointment it bills is
 * there, or the appointment of the visit it bills (a visit without appointment, or an invoice
 * billing neither, is at no location). Refunds of patient credit are in the rows without
 * practitioner nor location, so a practitioner's or a location's figure counts payments only.
 */
@Component
class RevenueQueries {

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    private final JdbcClient jdbc;

    RevenueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the figures are about: always an organization, possibly a practitioner and a location. */
    private record Scope(UUID org, UUID practitioner, UUID location, LocalDate from, LocalDate to) {

        /** The rows of the organization, and of the practitioner and location when given, of table alias {@code t}. */
        String where(String t) {
            return t + ".organization_id = :org" + (practitioner == null ? "" : " AND " + t + ".practitioner_id = :practitioner")
                    + (location == null ? "" : " AND " + t + ".location_id = :location");
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("org", org).param("practitioner", practitioner).param("location", location)
                    .param("from", from).param("to", to);
        }
    }

    @QueryHandler
    RevenueView handle(GetRevenue query) {
        return revenue(new Scope(query.organizationId().value(),
                query.practitionerId() == null ? null : query.practitionerId().value(),
                query.locationId() == null ? null : query.locationId().value(), query.from(), query.to()), true);
    }

    /** Whatever the caller asks, a practitioner's own revenue is about the actor of the message. */
    @QueryHandler
    RevenueView handle(GetOwnRevenue query, @MetaDataValue("actorId") String actorId) {
        return revenue(new Scope(query.organizationId().value(), UUID.fromString(actorId),
                query.locationId() == null ? null : query.locationId().value(), query.from(), query.to()), false);
    }

    private RevenueView revenue(Scope scope, boolean perPractitioner) {
        Map<LocalDate, BigDecimal[]> months = new LinkedHashMap<>();
        for (LocalDate m = scope.from().withDayOfMonth(1); !m.isAfter(scope.to()); m = m.plusMonths(1)) {
            months.put(m, new BigDecimal[] {NONE, NONE});
        }
        monthly(scope, months);
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

    /** Invoiced (issued minus credited, each on its day) and collected (payments minus refunds) per month. */
    private void monthly(Scope scope, Map<LocalDate, BigDecimal[]> months) {
        scope.bind(jdbc.sql("""
                SELECT CAST(date_trunc('month', r.day) AS date) AS month, sum(r.invoiced) AS invoiced,
                    sum(r.collected) AS collected
                FROM read_model.kpi_revenue_day r
                WHERE %s AND r.day BETWEEN :from AND :to
                GROUP BY 1
                """.formatted(scope.where("r")))).query((rs, n) -> {
                    BigDecimal[] month = months.get(rs.getObject("month", LocalDate.class));
                    month[0] = rs.getBigDecimal("invoiced");
                    month[1] = rs.getBigDecimal("collected");
                    return null;
                }).list();
    }

    /** What is owed today: not yet due, then overdue per bucket, as read_model.invoice_aging ages them. */
    private List<AgingBucket> aging(Scope scope) {
        Map<String, AgingBucket> buckets = new LinkedHashMap<>();
        for (String bucket : List.of("NOT_DUE", "0-30", "31-60", "61-90", "90+")) {
            buckets.put(bucket, new AgingBucket(bucket, 0, NONE));
        }
        scope.bind(jdbc.sql("""
                SELECT CASE WHEN i.due_on < current_date THEN
                        CASE WHEN current_date - i.due_on <= 30 THEN '0-30'
                             WHEN current_date - i.due_on <= 60 THEN '31-60'
                             WHEN current_date - i.due_on <= 90 THEN '61-90'
                             ELSE '90+' END
                        ELSE 'NOT_DUE' END AS bucket,
                    count(*) AS invoices, sum(i.balance_due) AS amount
                FROM read_model.kpi_invoice i
                WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.balance_due > 0 AND %s
                GROUP BY 1
                """.formatted(scope.where("i"))))
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
        record Top(String code, String name, BigDecimal quantity, BigDecimal revenue, BigDecimal[] monthly) {
        }
        Map<String, Top> top = new LinkedHashMap<>();
        // one scan: each service's revenue per month, with its totals over the period to rank it
        scope.bind(jdbc.sql("""
                SELECT code, name, month, revenue, total_quantity, total_revenue FROM (
                    SELECT p.code, p.name, CAST(date_trunc('month', l.day) AS date) AS month, sum(l.revenue) AS revenue,
                        sum(sum(l.quantity)) OVER service AS total_quantity,
                        sum(sum(l.revenue)) OVER service AS total_revenue
                    FROM read_model.kpi_service_day l
                    JOIN read_model.product p ON p.product_id = l.product_id
                    WHERE %s AND l.day BETWEEN :from AND :to
                    GROUP BY p.code, p.name, 3
                    WINDOW service AS (PARTITION BY p.code, p.name)) s
                ORDER BY total_revenue DESC, total_quantity DESC, code, name, month
                """.formatted(scope.where("l"))))
                .query((rs, n) -> {
                    String key = rs.getString("code") + "\u0000" + rs.getString("name");
                    Top service = top.get(key);
                    if (service == null && top.size() < 10) {
                        BigDecimal[] amounts = new BigDecimal[months.size()];
                        java.util.Arrays.fill(amounts, NONE);
                        service = new Top(rs.getString("code"), rs.getString("name"),
                                rs.getBigDecimal("total_quantity").stripTrailingZeros(),
                                rs.getBigDecimal("total_revenue"), amounts);
                        top.put(key, service);
                    }
                    if (service != null) {
                        service.monthly()[months.indexOf(rs.getObject("month", LocalDate.class))] =
                                rs.getBigDecimal("revenue");
                    }
                    return null;
                }).list();
        return top.values().stream().map(service -> new ServiceRevenue(service.code(), service.name(),
                service.quantity(), service.revenue(), List.of(service.monthly()))).toList();
    }

    /**
     * Invoiced, collected and owed per practitioner over the same invoices; invoices billing
     * no appointment or visit, their payments, and refunds of patient credit in a last row
     * without practitioner, so the rows add up to the totals.
     */
    private List<PractitionerRevenue> practitioners(Scope scope) {
        return scope.bind(jdbc.sql("""
                WITH amounts (practitioner_id, invoiced, collected, outstanding) AS (
                    SELECT d.practitioner_id, sum(d.invoiced), sum(d.collected), 0 FROM read_model.kpi_revenue_day d
                    WHERE %1$s AND d.day BETWEEN :from AND :to
                    GROUP BY d.practitioner_id
                    UNION ALL
                    SELECT i.practitioner_id, 0, 0, sum(i.balance_due) FROM read_model.kpi_invoice i
                    WHERE %2$s AND i.status IN ('ISSUED', 'PARTIALLY_PAID') AND i.balance_due > 0
                    GROUP BY i.practitioner_id)
                SELECT r.practitioner_id, coalesce(s.display_name, CAST(r.practitioner_id AS text)) AS name,
                    sum(r.invoiced) AS invoiced, sum(r.collected) AS collected, sum(r.outstanding) AS outstanding
                FROM amounts r LEFT JOIN read_model.staff_member s ON s.user_id = r.practitioner_id
                GROUP BY r.practitioner_id, s.display_name
                ORDER BY r.practitioner_id IS NULL, lower(s.display_name), r.practitioner_id
                """.formatted(scope.where("d"), scope.where("i"))))
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
