package io.kine.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.reporting.ProjectionPositions;
import io.kine.infra.security.UserLogins;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generator makes a clinic's history through commands, with every outcome, and calls its
 * extensions: the clinical one writes cases, visits and signed notes, the billing one invoices
 * numbered in the order of their dates over the months of the history, and their payments.
 */
@KineIntegrationTest
class DemoHistoryTest {

    @Autowired SystemCommands commands;
    @Autowired UserLogins logins;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired DemoHistory generator;
    @Autowired ProjectionPositions positions;

    @Test
    void generatesAMonthOfAppointmentsWithEveryOutcomeThroughCommands() throws InterruptedException {
        List<DemoHistoryExtension.CompletedAppointment> completed = new CopyOnWriteArrayList<>();
        DemoHistory history = new DemoHistory(commands, logins, transaction, clock,
                List.of((appointment, random) -> completed.add(appointment)));

        DemoHistory.Summary summary = history.createClinic(new HistoryShape(2, 2, 30, 1, 1, 0.6, 7L), 2);

        assertThat(summary.appointments()).isGreaterThan(150);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("appointment", summary) == summary.appointments()
                && count("kpi_appointment", summary) == summary.appointments());
        Map<String, Long> outcomes = jdbc.sql("""
                SELECT status || CASE WHEN late_cancellation THEN '-late' ELSE '' END AS outcome, count(*) AS n
                FROM read_model.kpi_appointment WHERE organization_id = :org GROUP BY 1
                """).param("org", summary.organizationId().value()).query()
                .listOfRows().stream().collect(Collectors.toMap(row -> (String) row.get("outcome"),
                        row -> ((Number) row.get("n")).longValue()));
        assertThat(outcomes).containsKeys("COMPLETED", "NO_SHOW", "CANCELLED", "CANCELLED-late", "BOOKED");
        assertThat(outcomes.get("COMPLETED")).isGreaterThan(outcomes.get("NO_SHOW") * 5);
        assertThat(completed).hasSize(outcomes.get("COMPLETED").intValue());
        assertThat(jdbc.sql("SELECT count(*) FROM read_model.kpi_working_hours WHERE organization_id = :org")
                .param("org", summary.organizationId().value()).query(Long.class).single()).isEqualTo(14);
    }

    @Test
    void writesCasesSignedVisitsAndInvoicesPaidOverTheMonthsOfTheHistory() throws InterruptedException {
        DemoHistory.Summary summary = generator.createClinic(new HistoryShape(1, 1, 20, 3, 1, 0.4, 11L), 1);
        await().atMost(Duration.ofSeconds(90)).until(() -> positions.all(List.of("appointment", "clinical-case",
                "visit", "billing")).stream().allMatch(ProjectionPositions.Position::caughtUp));
        UUID org = summary.organizationId().value();

        long completed = number("SELECT count(*) FROM read_model.appointment WHERE organization_id = :org"
                + " AND status = 'COMPLETED'", org);
        assertThat(completed).isGreaterThan(100);
        assertThat(number("SELECT count(*) FROM read_model.visit v JOIN read_model.appointment a"
                + " USING (appointment_id) WHERE v.organization_id = :org AND v.status = 'SIGNED'"
                + " AND v.visited_on = (a.starts_at AT TIME ZONE 'Europe/Paris')::date", org))
                .as("a signed visit on the day of each completed appointment").isEqualTo(completed);
        assertThat(number("SELECT count(*) FROM read_model.visit_outcome_measure WHERE organization_id = :org"
                + " AND measure = 'PAIN'", org)).isEqualTo(completed);
        assertThat(number("SELECT count(*) FROM read_model.clinical_case WHERE organization_id = :org"
                + " AND status = 'CLOSED'", org)).isPositive();
        assertThat(number("SELECT count(DISTINCT icd10_code) FROM read_model.clinical_case WHERE organization_id = :org",
                org)).isGreaterThan(1);
        assertThat(number("""
                SELECT count(*) FROM (SELECT case_id, avg(value) FILTER (WHERE rank <= 2) AS early,
                        avg(value) FILTER (WHERE rank > count - 2) AS late
                    FROM (SELECT m.case_id, m.value, rank() OVER (PARTITION BY m.case_id ORDER BY v.visited_on) AS rank,
                            count(*) OVER (PARTITION BY m.case_id) AS count
                        FROM read_model.visit_outcome_measure m JOIN read_model.visit v USING (visit_id)
                        WHERE m.organization_id = :org) measures
                    GROUP BY case_id HAVING count(*) >= 6) cases
                WHERE late < early
                """, org)).as("cases whose pain fell").isPositive();

        long issued = number("SELECT count(*) FROM read_model.invoice WHERE organization_id = :org"
                + " AND number IS NOT NULL", org);
        assertThat(issued).isGreaterThan(completed * 9 / 10);
        assertThat(number("SELECT count(*) FROM read_model.invoice i JOIN read_model.visit v ON v.visit_id = i.billed_id"
                + " WHERE i.organization_id = :org AND i.billed_kind = 'VISIT' AND i.status <> 'VOID'", org))
                .isEqualTo(completed);
        List<Map<String, Object>> years = jdbc.sql("""
                SELECT year, count(*) AS n, min(sequence) AS first, max(sequence) AS last
                FROM read_model.invoice WHERE organization_id = :org AND number IS NOT NULL GROUP BY year
                """).param("org", org).query().listOfRows();
        assertThat(years).allSatisfy(year -> {
            assertThat(((Number) year.get("first")).longValue()).isEqualTo(1);
            assertThat(((Number) year.get("last")).longValue()).isEqualTo(((Number) year.get("n")).longValue());
        });
        assertThat(number("""
                SELECT count(*) FROM (SELECT issued_on, lag(issued_on) OVER (PARTITION BY year ORDER BY sequence) AS before
                    FROM read_model.invoice WHERE organization_id = :org AND number IS NOT NULL) numbered
                WHERE issued_on < before
                """, org)).as("invoices numbered out of date order").isZero();
        assertThat(number("SELECT count(DISTINCT date_trunc('month', issued_on)) FROM read_model.invoice"
                + " WHERE organization_id = :org", org)).isGreaterThanOrEqualTo(3);
        assertThat(number("SELECT count(*) FROM read_model.invoice WHERE organization_id = :org"
                + " AND issued_on < current_date - 30", org)).isGreaterThan(issued / 2);

        assertThat(number("SELECT count(*) FROM read_model.payment WHERE organization_id = :org", org))
                .isGreaterThan(issued / 2);
        assertThat(number("SELECT count(*) FROM read_model.payment WHERE organization_id = :org"
                + " AND received_on < current_date - 30", org)).isPositive();
        assertThat(number("SELECT count(*) FROM read_model.invoice WHERE organization_id = :org AND status = 'PAID'",
                org)).isGreaterThan(issued / 2);
        assertThat(number("SELECT count(*) FROM read_model.invoice WHERE organization_id = :org AND balance_due > 0"
                + " AND due_on < current_date", org)).as("overdue balances for the aging report").isPositive();
        assertThat(number("SELECT count(*) FROM (SELECT invoice_id FROM read_model.payment WHERE organization_id = :org"
                + " GROUP BY invoice_id HAVING count(*) = 2) twice", org)).as("invoices paid in two parts").isPositive();
    }

    private long number(String sql, UUID org) {
        return jdbc.sql(sql).param("org", org).query(Long.class).single();
    }

    private long count(String table, DemoHistory.Summary summary) {
        return jdbc.sql("SELECT count(*) FROM read_model." + table + " WHERE organization_id = :org")
                .param("org", summary.organizationId().value()).query(Long.class).single();
    }
}
