package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** The calendar read models rebuilt from the events: replaying twice gives the same rows. */
@KineIntegrationTest
class AppointmentProjectionTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    @Test
    void replayingTheAppointmentSeriesAndExceptionProjectionsRebuildsTheSameRows() throws Exception {
        Calendar calendar = new Calendar(context);
        KineUser assistant = calendar.clinic.user(Role.ASSISTANT);
        String practitioner = calendar.clinic.user(Role.PRACTITIONER).userId().toString();
        String single = json.readTree(send(assistant, post("/api/appointments"), """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "roomId": "%s",
                 "start": "2030-03-04T09:00:00Z", "end": "2030-03-04T09:30:00Z", "notes": "genou"}
                """.formatted(calendar.aPatient("Rejoue"), practitioner, calendar.location, calendar.room)))
                .get("id").asString();
        send(assistant, patch("/api/appointments/" + single), "{\"start\": \"2030-03-04T10:00:00Z\","
                + " \"end\": \"2030-03-04T10:45:00Z\", \"roomId\": \"" + calendar.otherRoom + "\"}");
        send(assistant, post("/api/appointments/" + single + "/confirm"), "{}");
        String series = json.readTree(send(assistant, post("/api/appointment-series"), """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "2030-03-05T09:00",
                 "durationMinutes": 30, "recurrence": "FREQ=WEEKLY;BYDAY=TU;COUNT=3"}
                """.formatted(calendar.aPatient("Serie"), practitioner, calendar.location))).get("id").asString();
        mvc.perform(delete("/api/appointment-series/" + series).param("reason", "fin").with(user(assistant)).with(csrf()))
                .andExpect(status().isOk());
        send(assistant, post("/api/working-hours/exceptions"), """
                {"practitionerId": "%s", "kind": "TIME_OFF", "first": "2030-08-01", "last": "2030-08-15",
                 "hours": [{"start": "14:00", "end": "18:00"}]}""".formatted(practitioner));
        String organization = calendar.clinic.organizationId().toString();
        List<String> tables = List.of(
                "SELECT * FROM read_model.appointment WHERE organization_id = :org::uuid ORDER BY appointment_id",
                "SELECT * FROM read_model.appointment_series WHERE organization_id = :org::uuid ORDER BY series_id",
                "SELECT k.* FROM read_model.appointment_series_skipped k JOIN read_model.appointment_series s"
                        + " USING (series_id) WHERE s.organization_id = :org::uuid ORDER BY k.series_id, k.starts_at",
                "SELECT e.*, r.starts_at AS range_start FROM read_model.working_hours_exception e"
                        + " LEFT JOIN read_model.working_hours_exception_range r USING (exception_id)"
                        + " WHERE e.organization_id = :org::uuid ORDER BY e.exception_id, r.starts_at");
        await().atMost(Duration.ofSeconds(10)).until(() -> rows(tables.get(1), organization).size() == 1
                && "CANCELLED".equals(rows(tables.get(1), organization).get(0).get("status")));
        List<List<Map<String, Object>>> before = tables.stream().map(sql -> rows(sql, organization)).toList();
        assertThat(before.get(0)).hasSize(4);

        for (int i = 0; i < 2; i++) {
            replay("appointment", () -> rows(tables.get(0), organization).equals(before.get(0)));
            replay("appointment-series", () -> rows(tables.get(1), organization).equals(before.get(1)));
            replay("working-hours-exception", () -> rows(tables.get(3), organization).equals(before.get(3)));
        }

        assertThat(tables.stream().map(sql -> rows(sql, organization)).toList()).isEqualTo(before);
    }

    private String send(KineUser as, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    private void replay(String group, java.util.concurrent.Callable<Boolean> rebuilt) {
        PooledStreamingEventProcessor processor = processing
                .eventProcessor(group, PooledStreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.isReplaying() && rebuilt.call());
    }

    private List<Map<String, Object>> rows(String sql, String organization) {
        return jdbc.sql(sql).param("org", organization).query().listOfRows();
    }
}
