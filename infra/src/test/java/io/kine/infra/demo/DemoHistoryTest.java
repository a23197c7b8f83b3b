package io.kine.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.messaging.SystemCommands;
import io.kine.infra.security.UserLogins;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The generator makes a clinic's history through commands, with every outcome, and calls its extensions. */
@KineIntegrationTest
class DemoHistoryTest {

    @Autowired SystemCommands commands;
    @Autowired UserLogins logins;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

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

    private long count(String table, DemoHistory.Summary summary) {
        return jdbc.sql("SELECT count(*) FROM read_model." + table + " WHERE organization_id = :org")
                .param("org", summary.organizationId().value()).query(Long.class).single();
    }
}
