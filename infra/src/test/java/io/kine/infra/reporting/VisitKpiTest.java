package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.KpiFigures;
import io.kine.kernel.scheduling.AppointmentId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Visits as the dashboards count them: a completed appointment is a visit, the clinical visit
 * recorded for it takes its place rather than adding one, a visit without appointment counts
 * too; new patients, retention and visits per case follow. Worked out by hand:
 * <ul>
 * <li>Amina: appointment completed in February (a visit), two appointments completed in March
 *     with a clinical visit recorded for each under one case, which is closed (2 visits);</li>
 * <li>Bilal: a clinical visit without appointment in March, under a case left open;</li>
 * <li>Céline: an appointment completed in March, never documented.</li>
 * </ul>
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitKpiTest {

    static final String MARCH = "from=2025-03-01&to=2025-03-31&granularity=MONTH";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    KpiClinic kpi;
    CaseId aminasCase;
    AppointmentId aminasMonday;

    @BeforeAll
    void visitsOfFebruaryAndMarch() {
        kpi = new KpiClinic(context);
        PatientId amina = kpi.aPatient("Amina");
        PatientId bilal = kpi.aPatient("Bilal");
        PatientId celine = kpi.aPatient("Céline");
        kpi.complete(kpi.book(amina, KpiClinic.MONDAY.minusWeeks(3), 9));
        aminasMonday = kpi.book(amina, KpiClinic.MONDAY, 9);
        kpi.complete(aminasMonday);
        AppointmentId aminasWednesday = kpi.book(amina, KpiClinic.MONDAY.plusDays(2), 9);
        kpi.complete(aminasWednesday);
        kpi.complete(kpi.book(celine, KpiClinic.MONDAY.plusDays(1), 10));
        aminasCase = kpi.openCase(amina);
        kpi.visit(aminasCase, KpiClinic.MONDAY, aminasMonday);
        kpi.visit(aminasCase, KpiClinic.MONDAY.plusDays(2), aminasWednesday);
        kpi.closeCase(aminasCase);
        CaseId bilalsCase = kpi.openCase(bilal);
        kpi.visit(bilalsCase, KpiClinic.MONDAY.plusWeeks(1), null);
        // 4 appointments x 3 events (scheduled, arrived, completed), 2 cases opened, 3 visits, 1 closing
        kpi.awaitKpiGeneration(18);
    }

    @Test
    void countsADocumentedAppointmentOnceAndAVisitWithoutAppointmentToo() {
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT appointment_id, visit_id, case_id, location_id, day FROM read_model.kpi_visit
                WHERE organization_id = :org ORDER BY day, visit_key
                """).param("org", kpi.clinic.organizationId().value()).query().listOfRows();

        assertThat(rows).hasSize(5);
        Map<String, Object> monday = rows.stream()
                .filter(row -> aminasMonday.value().equals(row.get("appointment_id"))).findFirst().orElseThrow();
        assertThat(monday.get("visit_id")).isNotNull();
        assertThat(monday.get("case_id")).isEqualTo(aminasCase.value());
        Map<String, Object> withoutAppointment = rows.get(4);
        assertThat(withoutAppointment.get("appointment_id")).isNull();
        assertThat(withoutAppointment.get("location_id")).isNull();
        assertThat(withoutAppointment.get("day")).isEqualTo(java.sql.Date.valueOf(KpiClinic.MONDAY.plusWeeks(1)));
    }

    @Test
    void derivesVisitsNewPatientsAndRetentionFromVisits() throws Exception {
        KpiFigures march = dashboard("/reports?" + MARCH).totals();

        assertThat(march.completed()).isEqualTo(3);
        assertThat(march.visits()).isEqualTo(4);
        assertThat(march.patientsSeen()).isEqualTo(3);
        assertThat(march.newPatients()).as("Bilal and Céline; Amina came in February").isEqualTo(2);
        assertThat(march.previousPatientsSeen()).isEqualTo(1);
        assertThat(march.retainedPatients()).isEqualTo(1);
    }

    @Test
    void countsOnlyThePeriodsDaysOfAMonthItCuts() throws Exception {
        DashboardView fromTheFifth = dashboard("/reports?from=2025-03-05&to=2025-03-31&granularity=MONTH");

        KpiFigures march = fromTheFifth.series().get(0).figures();
        assertThat(march.visits()).as("Amina on the 5th, Bilal on the 10th").isEqualTo(2);
        assertThat(march.patientsSeen()).isEqualTo(2);
        assertThat(march.retainedPatients()).as("Amina, seen in February").isEqualTo(1);
        assertThat(fromTheFifth.totals().visits()).isEqualTo(2);
        assertThat(fromTheFifth.totals().previousPatientsSeen()).as("Amina and Céline, 6 February to 4 March")
                .isEqualTo(2);
    }

    @Test
    void leavesAVisitWithoutAppointmentOutOfALocationsFigures() throws Exception {
        KpiFigures paris = dashboard("/reports?" + MARCH + "&location=" + kpi.location.value()).totals();

        assertThat(paris.visits()).isEqualTo(3);
        assertThat(paris.newPatients()).isEqualTo(1);
    }

    @Test
    void averagesTheVisitsOfTheCasesClosedInThePeriod() throws Exception {
        LocalDate today = LocalDate.now(KpiClinic.PARIS);
        String aroundToday = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&granularity=DAY";

        KpiFigures closedToday = dashboard("/reports?" + aroundToday).totals();
        assertThat(closedToday.closedCases()).isEqualTo(1);
        assertThat(closedToday.closedCaseVisits()).isEqualTo(2);
        assertThat(closedToday.averageVisitsPerCase()).isEqualTo(2.0);
        assertThat(dashboard("/reports?" + MARCH).totals().averageVisitsPerCase())
                .as("no case was closed in March 2025").isNull();

        long before = kpi.generation();
        kpi.reopenCase(aminasCase);
        kpi.awaitKpiGeneration(before + 1);
        assertThat(dashboard("/reports?" + aroundToday).totals().closedCases()).as("open again").isZero();
        kpi.closeCase(aminasCase);
        kpi.awaitKpiGeneration(before + 2);
        assertThat(dashboard("/reports?" + aroundToday).totals().averageVisitsPerCase()).isEqualTo(2.0);
    }

    @Test
    void showsVisitsAndVisitsPerCaseOnThePage() throws Exception {
        String page = mvc.perform(get("/reports?" + MARCH).with(user(kpi.clinic.user(Role.OWNER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"total-visits\">4<").contains("Séances par dossier");
    }

    /**
     * An installation upgraded to V025 gets its visits and cases from the SQL in the migration,
     * not from the projection: run that SQL again over emptied tables (and roll it back) and it
     * must give the rows the projection wrote.
     */
    @Test
    void theMigrationFillsTheNewTablesAsTheProjectionDoes() throws Exception {
        String migration = new String(new ClassPathResource("db/migration/V025__kpi_visits_and_cases.sql")
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("-- An installation upgraded to this version"));
        Map<String, List<String>> projected = visitTables();

        Map<String, List<String>> backfilled = new TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("DELETE FROM read_model.kpi_visit").update();
            jdbc.sql("DELETE FROM read_model.kpi_case").update();
            jdbc.sql(backfill).update();
            Map<String, List<String>> rows = visitTables();
            tx.setRollbackOnly();
            return rows;
        });

        assertThat(projected.get("kpi_visit")).hasSize(5);
        assertThat(backfilled).isEqualTo(projected);
    }

    /** This clinic's rows of the tables V025 fills, as text, in a stable order (visit keys left out). */
    private Map<String, List<String>> visitTables() {
        Map<String, Object> org = Map.of("org", kpi.clinic.organizationId().value());
        return Map.of(
                "kpi_visit", jdbc.sql("""
                        SELECT concat_ws('|', patient_id, practitioner_id, location_id, day, visit_id, appointment_id,
                            case_id) AS row
                        FROM read_model.kpi_visit WHERE organization_id = :org ORDER BY 1""")
                        .params(org).query(String.class).list(),
                "kpi_case", jdbc.sql("""
                        SELECT concat_ws('|', case_id, patient_id, practitioner_id, location_id, opened_on, closed_on,
                            visits, version) AS row
                        FROM read_model.kpi_case WHERE organization_id = :org ORDER BY 1""")
                        .params(org).query(String.class).list(),
                "patient_first_visit", jdbc.sql("""
                        SELECT concat_ws('|', patient_id, first_visit_on, practitioner_id, location_id) AS row
                        FROM read_model.patient_first_visit WHERE organization_id = :org ORDER BY 1""")
                        .params(org).query(String.class).list());
    }

    private DashboardView dashboard(String path) throws Exception {
        return (DashboardView) mvc.perform(get(path).with(user(kpi.clinic.user(Role.OWNER))))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("view");
    }
}
