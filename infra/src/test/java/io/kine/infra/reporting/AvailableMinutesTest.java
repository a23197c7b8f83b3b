package io.kine.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import io.kine.kernel.reporting.DashboardView;
import io.kine.kernel.reporting.KpiPoint;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards walk the working-hours history in memory instead of calling
 * {@code read_model.kpi_available_minutes} for every day; both must agree, day for day. The
 * history here has what events alone cannot date in a test (templates taking effect on chosen
 * past days), so its rows are written directly, under an organization of its own, and removed
 * afterwards so that projection rebuilds elsewhere compare only what events produced.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AvailableMinutesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    UUID practitioner;

    @BeforeAll
    void aHistoryOfTemplates() {
        clinic = new TestClinics(context).aClinic();
        practitioner = clinic.user(Role.PRACTITIONER).userId().value();
        UUID paris = UUID.randomUUID();
        UUID lyon = UUID.randomUUID();
        UUID template = UUID.randomUUID();
        // weekdays 7 h from 10 January, then from 3 February 4 h on Mondays and 3 h on Saturdays
        template(template, paris, "2025-01-10", 0, 420, 420, 420, 420, 420, 0, 0);
        template(template, paris, "2025-02-03", 1, 240, 420, 420, 420, 420, 180, 0);
        // at Lyon from 20 January, Wednesdays only; two templates set on 3 March: the later one counts
        template(UUID.randomUUID(), lyon, "2025-01-20", 0, 0, 0, 300, 0, 0, 0, 0);
        template(UUID.randomUUID(), lyon, "2025-03-03", 0, 60, 60, 60, 60, 60, 60, 60);
        template(UUID.randomUUID(), lyon, "2025-03-03", 2, 0, 0, 360, 0, 0, 0, 0);
    }

    @AfterAll
    void removeTheRows() {
        jdbc.sql("DELETE FROM read_model.kpi_working_hours WHERE organization_id = :org")
                .param("org", clinic.organizationId().value()).update();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DAY", "WEEK", "MONTH"})
    void agreesWithTheDocumentedFunctionOnEveryBucket(String granularity) throws Exception {
        DashboardView view = (DashboardView) mvc.perform(get("/reports?from=2024-12-20&to=2025-03-31&granularity="
                        + granularity).with(user(clinic.user(Role.OWNER))))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("view");

        Map<LocalDate, Long> shown = new HashMap<>();
        for (KpiPoint point : view.series()) {
            shown.put(point.start(), point.figures().availableMinutes());
        }
        Map<LocalDate, Long> function = new HashMap<>();
        jdbc.sql("""
                SELECT greatest(CAST(date_trunc(:unit, d) AS date), DATE '2024-12-20') AS bucket,
                    sum(read_model.kpi_available_minutes(pl.practitioner_id, pl.location_id, CAST(d AS date)))
                FROM (SELECT DISTINCT practitioner_id, location_id FROM read_model.kpi_working_hours
                      WHERE organization_id = :org) pl
                CROSS JOIN generate_series(TIMESTAMP '2024-12-20', TIMESTAMP '2025-03-31', interval '1 day') d
                GROUP BY 1
                """).param("unit", granularity.toLowerCase()).param("org", clinic.organizationId().value())
                .query(rs -> {
                    function.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });

        assertThat(shown).isEqualTo(function);
        assertThat(view.totals().availableMinutes()).isEqualTo(function.values().stream().mapToLong(x -> x).sum())
                .isPositive();
    }

    private void template(UUID id, UUID location, String effectiveOn, long version, int... minutesPerDay) {
        for (int day = 1; day <= 7; day++) {
            jdbc.sql("""
                    INSERT INTO read_model.kpi_working_hours (working_hours_id, organization_id, practitioner_id,
                        location_id, effective_on, day_of_week, available_minutes, version)
                    VALUES (:id, :org, :practitioner, :location, CAST(:on AS date), :day, :minutes, :version)
                    """)
                    .param("id", id).param("org", clinic.organizationId().value()).param("practitioner", practitioner)
                    .param("location", location).param("on", effectiveOn).param("day", day)
                    .param("minutes", minutesPerDay[day - 1]).param("version", version).update();
        }
    }
}
