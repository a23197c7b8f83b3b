package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.DayOperationsView;
import io.kine.kernel.reporting.KpiFigures;
import io.kine.kernel.scheduling.AppointmentId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The KPI projection and the dashboards over HTTP, with figures worked out by hand: one
 * practitioner with 420 minutes of working hours per weekday, a visit in February and a
 * handful of outcomes in March 2025.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    static final String MARCH = "from=2025-03-01&to=2025-03-31&granularity=MONTH";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    KpiClinic kpi;
    PatientId celine;

    @BeforeAll
    void aMonthOfAppointments() {
        kpi = new KpiClinic(context);
        PatientId amina = kpi.aPatient("Amina");
        PatientId bilal = kpi.aPatient("Bilal");
        celine = kpi.aPatient("Céline");
        PatientId driss = kpi.aPatient("Driss");
        PatientId emma = kpi.aPatient("Emma");
        kpi.complete(kpi.book(amina, KpiClinic.MONDAY.minusWeeks(3), 9));
        kpi.complete(kpi.book(amina, KpiClinic.MONDAY, 9));
        kpi.noShow(kpi.book(bilal, KpiClinic.MONDAY, 10));
        kpi.cancel(kpi.book(celine, KpiClinic.MONDAY, 11), true);
        kpi.cancel(kpi.book(driss, KpiClinic.MONDAY, 14), false);
        kpi.complete(kpi.book(bilal, KpiClinic.MONDAY.plusDays(1), 9));
        kpi.complete(kpi.book(emma, kpi.clinic.user(Role.OWNER).userId(), KpiClinic.MONDAY, 16));
        kpi.awaitKpiGeneration(19);
    }

    @Test
    void keepsOneRowPerPractitionerLocationAndDayWithBookedAgainstAvailableMinutes() {
        Map<String, Object> monday = jdbc.sql("""
                SELECT * FROM read_model.daily_utilization WHERE practitioner_id = :p AND day = '2025-03-03'
                """).param("p", kpi.practitioner.value()).query().singleRow();

        assertThat(monday).containsEntry("available_minutes", 420).containsEntry("booked_minutes", 60)
                .containsEntry("completed_minutes", 30).containsEntry("appointments", 4).containsEntry("completed", 1)
                .containsEntry("no_shows", 1).containsEntry("cancellations", 2).containsEntry("late_cancellations", 1);
    }

    @Test
    void showsOwnersTheWholeOrganizationWithRatesNewPatientsAndRetention() throws Exception {
        KpiFigures march = dashboard("/reports?" + MARCH, Role.MANAGER).totals();

        assertThat(march.availableMinutes()).isEqualTo(21 * 420);
        assertThat(march.bookedMinutes()).isEqualTo(120);
        assertThat(march.appointments()).isEqualTo(6);
        assertThat(march.completed()).isEqualTo(3);
        assertThat(march.noShowRate()).isCloseTo(1.0 / 4, within(1e-9));
        assertThat(march.lateCancellationRate()).isCloseTo(1.0 / 6, within(1e-9));
        assertThat(march.newPatients()).isEqualTo(2);
        assertThat(march.patientsSeen()).isEqualTo(3);
        assertThat(march.previousPatientsSeen()).isEqualTo(1);
        assertThat(march.retentionRate()).isEqualTo(1.0);
    }

    @Test
    void showsAPractitionerOnlyTheirOwnFigures() throws Exception {
        KpiFigures mine = dashboard("/reports/mine?" + MARCH, Role.PRACTITIONER).totals();

        assertThat(mine.appointments()).isEqualTo(5);
        assertThat(mine.completed()).isEqualTo(2);
        assertThat(mine.newPatients()).isEqualTo(1);
        assertThat(mine.utilization()).isCloseTo(90.0 / (21 * 420), within(1e-9));
    }

    @Test
    void cutsThePeriodIntoDaysWithTheSameTotals() throws Exception {
        DashboardView days = dashboard("/reports?from=2025-03-01&to=2025-03-31&granularity=DAY", Role.OWNER);

        assertThat(days.series()).hasSize(31);
        assertThat(days.series().get(2).figures().appointments()).isEqualTo(5);
        assertThat(days.series().get(0).figures().availableMinutes()).isZero();
        assertThat(days.totals().appointments()).isEqualTo(6);
    }

    @Test
    void givesTheFrontDeskTheDaysOperationsButNotTheReports() throws Exception {
        mvc.perform(get("/reports").with(user(kpi.clinic.user(Role.ASSISTANT)))).andExpect(status().isForbidden());
        DayOperationsView day = (DayOperationsView) mvc.perform(get("/reports/today?day=2025-03-03")
                        .with(user(kpi.clinic.user(Role.ASSISTANT))))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("view");

        assertThat(day.practitioners()).hasSize(2);
        assertThat(day.total().completed()).isEqualTo(2);
        assertThat(day.total().noShows()).isEqualTo(1);
        assertThat(day.total().cancellations()).isEqualTo(2);
        assertThat(day.total().availableMinutes()).isEqualTo(420);
    }

    @Test
    void exportsTheFiguresShownAsCsv() throws Exception {
        String csv = mvc.perform(get("/reports/export?" + MARCH).with(user(kpi.clinic.user(Role.OWNER))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"kpi-organization.csv\""))
                .andReturn().getResponse().getContentAsString();

        // the KPI rows (header, period, total), a blank line, then the billing sections
        assertThat(csv.lines().skip(3).findFirst().orElseThrow()).isEmpty();
        assertThat(csv.lines().skip(4).findFirst().orElseThrow()).isEqualTo("Mois,Facturé,Encaissé");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Début,Fin,Minutes disponibles,Minutes réservées");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("2025-03-01,2025-03-31,8820,120,0.0136,6,3,1,0.2500,2,1,0.1667,3,2,3,1,1.0000,0,0,");
    }

    @Test
    void answersFromTheCacheUntilANewEventChangesTheFigures() throws Exception {
        assertThat(dashboard("/reports?" + MARCH, Role.ADMIN).totals().appointments()).isEqualTo(6);
        long before = kpi.generation();

        AppointmentId another = kpi.book(celine, KpiClinic.MONDAY.plusDays(1), 10);
        kpi.awaitKpiGeneration(before + 1);

        assertThat(dashboard("/reports?" + MARCH, Role.ADMIN).totals().appointments()).isEqualTo(7);
        kpi.cancel(another, false);
    }

    @Test
    void refusesAnUpsideDownPeriod() throws Exception {
        mvc.perform(get("/reports?from=2025-03-31&to=2025-03-01").with(user(kpi.clinic.user(Role.OWNER))))
                .andExpect(status().isBadRequest());
    }

    private DashboardView dashboard(String path, Role role) throws Exception {
        return (DashboardView) mvc.perform(get(path).with(user(kpi.clinic.user(role))))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("view");
    }
}
