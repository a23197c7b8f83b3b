package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.billing.RevenueClinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.reporting.RevenueView;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The billing figures read from the kpi projection's revenue tables are exactly those the SQL
 * over billing's own tables gave ({@link BillingTablesRevenue}), for every scope, after a
 * payment with excess, a refund of patient credit and a credit note; and migration V026 fills
 * the tables as the projection does.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueRollupTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    RevenueClinic books;
    UUID org;
    UUID patient;

    @BeforeAll
    void billAndThenChangeTheBooks() throws Exception {
        books = new RevenueClinic(context);
        org = books.clinic.organizationId().value();
        String massageInLyon = books.invoiceOf("30.00");
        patient = jdbc.sql("SELECT patient_id FROM read_model.invoice WHERE invoice_id = :id")
                .param("id", UUID.fromString(massageInLyon)).query(UUID.class).single();
        // invoice C (the visit in Lyon, 30.00) paid 40.00: 10.00 goes to the patient's credit, 4.00 of it refunded
        String visitInLyon = jdbc.sql("""
                SELECT CAST(invoice_id AS text) FROM read_model.invoice
                WHERE organization_id = :org AND billed_kind = 'VISIT' AND total = 30
                """).param("org", org).query(String.class).single();
        books.pay(visitInLyon, "40", "2025-02-12");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("""
                SELECT count(*) FROM read_model.patient_balance WHERE patient_id = :id AND credit = 10""", patient) == 1);
        mvc.perform(post("/api/patients/" + patient + "/credit/refunds").with(user(books.owner)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 4, \"method\": \"CASH\", \"reference\": \"Caisse\"}"))
                .andExpect(status().is2xxSuccessful());
        // invoice D (the visit without appointment, 45.50) credited today
        String visitAlone = jdbc.sql("""
                SELECT CAST(invoice_id AS text) FROM read_model.invoice
                WHERE organization_id = :org AND billed_kind = 'VISIT' AND total = 45.50
                """).param("org", org).query(String.class).single();
        mvc.perform(post("/api/invoices/" + visitAlone + "/credit-note").with(user(books.owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Erreur\"}"))
                .andExpect(status().is2xxSuccessful());
        await().atMost(Duration.ofSeconds(30)).until(() -> count("""
                SELECT count(*) FROM read_model.kpi_credit_refund WHERE organization_id = :id""", org) == 1
                && count("""
                SELECT count(*) FROM read_model.kpi_invoice WHERE organization_id = :id AND status = 'CREDITED'""", org) == 1
                && count("""
                SELECT count(*) FROM read_model.patient_credit_movement WHERE organization_id = :id AND kind = 'REFUNDED'""",
                        org) == 1);
    }

    @Test
    void givesTheFiguresOfTheBillingTablesForEveryScope() throws Exception {
        BillingTablesRevenue before = new BillingTablesRevenue(jdbc);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        List<String> periods = List.of("from=2025-01-01&to=2025-02-28", "from=2025-02-01&to=2025-02-28",
                "from=2025-01-01&to=" + today);
        Map<String, UUID[]> scopes = new LinkedHashMap<>();
        scopes.put("organization", new UUID[] {null, null});
        scopes.put("Paris", new UUID[] {null, books.paris.value()});
        scopes.put("Lyon", new UUID[] {null, books.lyon.value()});
        scopes.put("practitioner", new UUID[] {books.practitioner.userId().value(), null});
        scopes.put("practitioner in Lyon", new UUID[] {books.practitioner.userId().value(), books.lyon.value()});
        scopes.put("Zoé Second", new UUID[] {books.second.value(), null});
        List<String> compared = new ArrayList<>();
        for (String period : periods) {
            for (Map.Entry<String, UUID[]> scope : scopes.entrySet()) {
                UUID practitioner = scope.getValue()[0];
                UUID location = scope.getValue()[1];
                String query = "/reports?" + period + "&granularity=MONTH"
                        + (practitioner == null ? "" : "&practitioner=" + practitioner)
                        + (location == null ? "" : "&location=" + location);
                RevenueView now = revenue(query, books.owner);
                assertThat(now).as(scope.getKey() + " " + period)
                        .isEqualTo(before.revenue(org, practitioner, location, now.from(), now.to(), true));
                compared.add(scope.getKey());
            }
            RevenueView mine = revenue("/reports/mine?" + period + "&granularity=MONTH", books.practitioner);
            assertThat(mine).as("own " + period).isEqualTo(
                    before.revenue(org, books.practitioner.userId().value(), null, mine.from(), mine.to(), false));
            RevenueView mineInLyon = revenue("/reports/mine?" + period + "&granularity=MONTH&location=" + books.lyon,
                    books.practitioner);
            assertThat(mineInLyon).as("own in Lyon " + period).isEqualTo(before.revenue(org,
                    books.practitioner.userId().value(), books.lyon.value(), mineInLyon.from(), mineInLyon.to(), false));
        }
        assertThat(compared).hasSize(18);
    }

    @Test
    void countsTheRefundAndTheCreditNoteOnTheDayTheyWereRecorded() throws Exception {
        RevenueView january = revenue("/reports?" + RevenueClinic.PERIOD, books.owner);
        assertThat(january.practitioners()).extracting(RevenueView.PractitionerRevenue::practitionerId)
                .containsExactly(books.practitioner.userId().value(), books.second.value(), null);
        // A 45.50, C 30.00 and D 45.50 (credited after February); 20.00 and 40.00 received
        assertThat(january.practitioners().get(0).invoiced()).isEqualByComparingTo("121.00");
        assertThat(january.practitioners().get(0).collected()).isEqualByComparingTo("60.00");
        assertThat(january.practitioners().get(2).collected()).isEqualByComparingTo("12.00");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        RevenueView untilToday = revenue("/reports?from=2025-01-01&to=" + today + "&granularity=MONTH", books.owner);
        assertThat(untilToday.practitioners().get(0).invoiced()).isEqualByComparingTo("75.50");
        // E's 12.00, less the 4.00 of credit refunded today
        assertThat(untilToday.practitioners().get(2).collected()).isEqualByComparingTo("8.00");
        assertThat(untilToday.collected()).isEqualByComparingTo("98.00");
        assertThat(untilToday.outstanding()).isEqualByComparingTo("25.50");
    }

    @Test
    void theMigrationFillsTheNewTablesAsTheProjectionDoes() throws Exception {
        String migration = new String(new ClassPathResource("db/migration/V026__kpi_revenue.sql")
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("-- An installation upgraded to this version"));
        Map<String, List<String>> projected = revenueTables();

        Map<String, List<String>> backfilled = new TransactionTemplate(transactions).execute(tx -> {
            for (String table : List.of("kpi_invoice", "kpi_invoice_line", "kpi_payment", "kpi_credit_refund",
                    "kpi_revenue_day", "kpi_service_day")) {
                jdbc.sql("DELETE FROM read_model." + table).update();
            }
            jdbc.sql(backfill).update();
            Map<String, List<String>> rows = revenueTables();
            tx.setRollbackOnly();
            return rows;
        });

        assertThat(projected.get("kpi_invoice")).hasSize(5);
        assertThat(projected.get("kpi_payment")).hasSize(4);
        assertThat(projected.get("kpi_credit_refund")).hasSize(1);
        assertThat(backfilled).isEqualTo(projected);
    }

    /** This clinic's rows of the tables V026 fills, as text, in a stable order (versions left out). */
    private Map<String, List<String>> revenueTables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("kpi_invoice", rows("""
                SELECT concat_ws('|', invoice_id, billed_kind, billed_id, practitioner_id, location_id, status, issued_on,
                    due_on, total, paid, balance_due, credited_on)
                FROM read_model.kpi_invoice WHERE organization_id = :org ORDER BY 1"""));
        tables.put("kpi_invoice_line", rows("""
                SELECT concat_ws('|', l.invoice_id, l.line_id, l.product_id, l.quantity, l.total)
                FROM read_model.kpi_invoice_line l JOIN read_model.kpi_invoice i ON i.invoice_id = l.invoice_id
                WHERE i.organization_id = :org ORDER BY 1"""));
        tables.put("kpi_payment", rows("""
                SELECT concat_ws('|', payment_id, invoice_id, received_on, amount)
                FROM read_model.kpi_payment WHERE organization_id = :org ORDER BY 1"""));
        tables.put("kpi_credit_refund", rows("""
                SELECT concat_ws('|', refund_id, refunded_on, amount)
                FROM read_model.kpi_credit_refund WHERE organization_id = :org ORDER BY 1"""));
        tables.put("kpi_revenue_day", rows("""
                SELECT concat_ws('|', practitioner_id, location_id, day, invoiced, collected)
                FROM read_model.kpi_revenue_day WHERE organization_id = :org ORDER BY 1"""));
        tables.put("kpi_service_day", rows("""
                SELECT concat_ws('|', practitioner_id, location_id, day, product_id, quantity, revenue)
                FROM read_model.kpi_service_day WHERE organization_id = :org ORDER BY 1"""));
        return tables;
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).param("org", org).query(String.class).list();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private RevenueView revenue(String path, KineUser who) throws Exception {
        return (RevenueView) mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("revenue");
    }
}
