package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Opening a patient's chart leaves a line in {@code audit.chart_access}; refusals leave none. */
@KineIntegrationTest
class ChartAccessLogTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser assistant;
    String patientId;

    @BeforeEach
    void aClinicWithAPatient() throws Exception {
        clinic = new TestClinics(context).aClinic();
        assistant = clinic.user(Role.ASSISTANT);
        String body = mvc.perform(post("/api/patients").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName": "Nadia", "lastName": "Chraibi", "dateOfBirth": "1979-06-02", "sex": "FEMALE"}
                                """))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        patientId = JsonPath.read(body, "$.id");
    }

    @Test
    void recordsWhoOpenedTheChartThroughWhichDoorAndInWhichRequest() throws Exception {
        mvc.perform(get("/api/patients/" + patientId).with(user(assistant)).header("X-Request-Id", "req-chart-0001"))
                .andExpect(status().isOk());
        mvc.perform(get("/patients/" + patientId).with(user(assistant))).andExpect(status().isOk());
        mvc.perform(get("/patients/" + patientId).param("tab", "history").with(user(assistant)))
                .andExpect(status().isOk());

        List<Map<String, Object>> lines = linesFor(patientId);
        assertThat(lines).extracting(line -> line.get("subject_kind") + "/" + line.get("channel"))
                .containsExactly("patient-chart/api", "patient-chart/web", "patient-history/web");
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("actor_id")).isEqualTo(assistant.userId().value());
            assertThat(line.get("organization_id")).isEqualTo(clinic.organizationId().value());
            assertThat(line.get("actor_roles")).isEqualTo("ASSISTANT");
        });
        assertThat(lines.get(0).get("request_id")).isEqualTo("req-chart-0001");
    }

    @Test
    void aRefusedOrMissingChartLeavesNoLine() throws Exception {
        KineUser stranger = new TestClinics(context).aClinic().user(Role.OWNER);
        mvc.perform(get("/api/patients/" + patientId).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/" + patientId).with(user(clinic.user(Role.PATIENT))))
                .andExpect(status().isForbidden());
        String unknown = UUID.randomUUID().toString();
        mvc.perform(get("/api/patients/" + unknown).with(user(assistant))).andExpect(status().isNotFound());

        assertThat(linesFor(patientId)).isEmpty();
        assertThat(linesFor(unknown)).isEmpty();
    }

    @Test
    void theLogCannotBeRewritten() throws Exception {
        mvc.perform(get("/api/patients/" + patientId).with(user(assistant))).andExpect(status().isOk());

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.chart_access SET actor_roles = 'OWNER' WHERE patient_id = :p")
                .param("p", UUID.fromString(patientId)).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.chart_access WHERE patient_id = :p")
                .param("p", UUID.fromString(patientId)).update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(linesFor(patientId)).hasSize(1);
    }

    private List<Map<String, Object>> linesFor(String patient) {
        return jdbc.sql("SELECT * FROM audit.chart_access WHERE patient_id = :p ORDER BY access_id")
                .param("p", UUID.fromString(patient))
                .query().listOfRows();
    }
}
