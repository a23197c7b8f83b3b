package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.demo.DemoHistory;
import io.kine.infra.demo.HistoryShape;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.KpiFigures;
import io.kine.kernel.reporting.RevenueView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboards over a generated history (appointments with every outcome, cases, signed
 * visits, invoices, payments, made through commands), checked against the source read model the
 * figures are derived from: what the KPI and billing projections add up must be what the
 * appointments, visits, cases, invoices and payments say, on data no one worked out by hand.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedHistoryDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DemoHistory generator;
    @Autowired ProjectionPositions positions;

    UUID org;
    KineUser owner;
    DashboardView dashboard;
    RevenueView revenue;

    @BeforeAll
    void aGeneratedClinic() throws Exception {
        org = generator.createClinic(new HistoryShape(2, 1, 12, 2, 1, 0.3, 23L), 2).organizationId().value();
        await().atMost(Duration.ofMinutes(2)).until(() -> positions.all(List.of("appointment", "clinical-case",
                "visit", "billing", "kpi")).stream().allMatch(ProjectionPositions.Position::caughtUp));
        owner = new KineUser(UUID.randomUUID(), org, "owner@history.kine.local", "Owner", Set.of(Role.OWNER), true,
                "unused");
        LocalDate today = LocalDate.now();
        ModelAndView page = mvc.perform(get("/reports?granularity=MONTH&from=" + today.minusMonths(3) + "&to="
                        + today.plusDays(1)).with(user(owner)))
                .andExpect(status().isOk()).andReturn().getModelAndView();
        dashboard = (DashboardView) page.getModel().get("view");
        revenue = (RevenueView) page.getModel().get("revenue");
    }

    @Test
    void countsEveryCompletedAppointmentAsOneVisitAndEveryPatientSeenAsNew() {
        KpiFigures totals = dashboard.totals();
        long completed = number("SELECT count(*) FROM read_model.appointment WHERE organization_id = :org"
                + " AND status = 'COMPLETED'");

        assertThat(completed).isGreaterThan(50);
        assertThat(totals.completed()).isEqualTo(completed);
        assertThat(totals.visits()).as("one signed visit per completed appointment, counted once")
                .isEqualTo(number("SELECT count(*) FROM read_model.visit WHERE organization_id = :org"))
                .isEqualTo(completed);
        assertThat(totals.newPatients()).isEqualTo(totals.patientsSeen())
                .isEqualTo(number("SELECT count(DISTINCT patient_id) FROM read_model.visit WHERE organization_id = :org"));
        assertThat(dashboard.series().stream().mapToLong(point -> point.figures().visits()).sum())
                .isEqualTo(totals.visits());
    }

    @Test
    void averagesTheVisitsOfTheClosedCases() {
        Map<String, Object> closed = jdbc.sql("""
                SELECT count(*) AS cases, coalesce(sum((SELECT count(*) FROM read_model.visit v
                    WHERE v.case_id = c.case_id)), 0) AS visits
                FROM read_model.clinical_case c WHERE c.organization_id = :org AND c.status = 'CLOSED'
                """).param("org", org).query().singleRow();

        assertThat(((Number) closed.get("cases")).longValue()).isPositive();
        assertThat(dashboard.totals().closedCases()).isEqualTo(((Number) closed.get("cases")).longValue());
        assertThat(dashboard.totals().closedCaseVisits()).isEqualTo(((Number) closed.get("visits")).longValue());
        assertThat(dashboard.totals().averageVisitsPerCase()).isBetween(4.0, 12.0);
    }

    @Test
    void addsUpTheInvoicesAndPaymentsOfTheBillingTables() {
        BigDecimal issued = amount("SELECT coalesce(sum(total), 0) FROM read_model.invoice WHERE organization_id = :org"
                + " AND status NOT IN ('DRAFT', 'VOID')");
        BigDecimal credited = amount("SELECT coalesce(sum(total), 0) FROM read_model.invoice WHERE organization_id = :org"
                + " AND credit_note_id IS NOT NULL");
        BigDecimal paid = amount("SELECT coalesce(sum(amount), 0) FROM read_model.payment WHERE organization_id = :org");
        BigDecimal refunded = amount("SELECT coalesce(sum(amount), 0) FROM read_model.patient_credit_movement"
                + " WHERE organization_id = :org AND kind = 'REFUNDED'");
        BigDecimal owed = amount("SELECT coalesce(sum(balance_due), 0) FROM read_model.invoice WHERE organization_id = :org"
                + " AND status IN ('ISSUED', 'PARTIALLY_PAID')");

        assertThat(issued).isPositive();
        assertThat(revenue.invoiced()).isEqualByComparingTo(issued.subtract(credited));
        assertThat(revenue.collected()).isEqualByComparingTo(paid.subtract(refunded));
        assertThat(revenue.outstanding()).isEqualByComparingTo(owed).isPositive();
        assertThat(revenue.practitioners().stream().map(RevenueView.PractitionerRevenue::invoiced)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(revenue.invoiced());
        assertThat(revenue.practitioners()).filteredOn(row -> row.practitionerId() != null).hasSize(2);
    }

    private long number(String sql) {
        return jdbc.sql(sql).param("org", org).query(Long.class).single();
    }

    private BigDecimal amount(String sql) {
        return jdbc.sql(sql).param("org", org).query(BigDecimal.class).single();
    }
}
