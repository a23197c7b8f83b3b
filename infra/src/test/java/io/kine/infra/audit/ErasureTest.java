package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientRegistered;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Crypto-shredding: personal data is sealed in the event table, readable while the patient's key
 * lives; erasure is refused during retention unless an owner gives a reason (both recorded as
 * events); after it, history, read model, as-of view and replays all show "[erased]" while
 * dates and who-did-what stay.
 */
@KineIntegrationTest
class ErasureTest {

    static final String AMINA = """
            {"firstName": "Amina", "lastName": "Benali", "dateOfBirth": "1985-03-14", "sex": "FEMALE",
             "phone": "06 12 34 56 78", "email": "amina@example.org",
             "address": {"street": "3 rue des Lilas", "postalCode": "75011", "city": "Paris", "country": "France"}}
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired EventStore eventStore;
    @Autowired EventProcessingConfiguration processing;

    Clinic clinic;
    String patient;

    @BeforeEach
    void aClinicWithAmina() throws Exception {
        clinic = new TestClinics(context).aClinic();
        patient = JsonPath.read(mvc.perform(post("/api/patients").with(user(clinic.user(Role.ASSISTANT))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(AMINA)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void storesPersonalDataSealedAndShowsItToReadersWhileTheKeyLives() throws Exception {
        String stored = jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient).query(String.class).single();

        assertThat(stored).doesNotContain("Amina").doesNotContain("Benali").doesNotContain("1985-03-14")
                .doesNotContain("amina@example.org").doesNotContain("Lilas").contains("kine:pd:v1:" + patient)
                .contains("\"sex\":\"FEMALE\"");
        mvc.perform(get("/api/patients/" + patient + "/history").with(user(clinic.user(Role.AUDITOR))))
                .andExpect(jsonPath("$.data[0].changes[0].after").value("Amina"));
        assertThat(jdbc.sql("SELECT octet_length(key_material) FROM audit.subject_key WHERE subject_id = CAST(:id AS uuid)")
                .param("id", patient).query(Integer.class).single()).isEqualTo(32);
    }

    @Test
    void refusesErasureDuringRetentionAndRecordsTheRefusal() throws Exception {
        mvc.perform(post("/api/patients/" + patient + "/erasure").with(user(clinic.user(Role.ADMIN))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"le patient le demande\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/retention-period"))
                .andExpect(jsonPath("$.retainedUntil").value(LocalDate.now().plusYears(20).toString()));
        mvc.perform(post("/api/patients/" + patient + "/erasure").with(user(clinic.user(Role.OWNER))).with(csrf()))
                .andExpect(status().isConflict());

        assertThat(eventTypes()).containsExactly("PatientRegistered", "PatientErasureRefused", "PatientErasureRefused");
        assertThat(jdbc.sql("SELECT key_material IS NOT NULL FROM audit.subject_key WHERE subject_id = CAST(:id AS uuid)")
                .param("id", patient).query(Boolean.class).single()).isTrue();
    }

    @Test
    void keepsMinorsRecordsUntilTheir28thBirthdayWhenThatIsLater() throws Exception {
        String child = JsonPath.read(mvc.perform(post("/api/patients").with(user(clinic.user(Role.ASSISTANT))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"firstName": "Yanis", "lastName": "Benali", "dateOfBirth": "2020-02-01", "sex": "MALE"}
                        """)).andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(post("/api/patients/" + child + "/erasure").with(user(clinic.user(Role.ADMIN))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.retainedUntil").value(later(LocalDate.now().plusYears(20), LocalDate.of(2048, 2, 1))));
    }

    @Test
    void anOwnerWithAReasonErasesAndEveryViewThenShowsErasedButKeepsTheFacts() throws Exception {
        Instant beforeErasure = Instant.now();
        mvc.perform(post("/api/patients/" + patient + "/erasure").with(user(clinic.user(Role.OWNER))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"droit à l'effacement exercé\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.erased").value(true));

        assertThat(eventTypes()).containsExactly("PatientRegistered", "PatientErased");
        assertThat(jdbc.sql("SELECT key_material IS NULL FROM audit.subject_key WHERE subject_id = CAST(:id AS uuid)")
                .param("id", patient).query(Boolean.class).single()).isTrue();
        KineUserRead auditor = new KineUserRead(clinic);
        mvc.perform(get("/api/patients/" + patient).with(user(auditor.user())))
                .andExpect(jsonPath("$.firstName").value("[erased]"))
                .andExpect(jsonPath("$.phone").value("[erased]"))
                .andExpect(jsonPath("$.sex").value("FEMALE"))
                .andExpect(jsonPath("$.archived").value(true));
        mvc.perform(get("/api/patients/" + patient + "/history").with(user(auditor.user())))
                .andExpect(jsonPath("$.data[0].eventType").value("PatientErased"))
                .andExpect(jsonPath("$.data[1].changes[0].field").value("firstName"))
                .andExpect(jsonPath("$.data[1].changes[0].after").value("[erased]"))
                .andExpect(jsonPath("$.data[1].actorName").value("Test ASSISTANT"));
        mvc.perform(get("/api/audit/records/" + patient + "/state?at=" + beforeErasure).with(user(auditor.user())))
                .andExpect(jsonPath("$.fields.lastName").value("[erased]"))
                .andExpect(jsonPath("$.fields.sex").value("FEMALE"));
        mvc.perform(post("/api/patients/" + patient + "/restore").with(user(clinic.user(Role.OWNER))).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://kine.io/problems/patient-erased"));
    }

    @Test
    void replaysAfterErasureRebuildTheReadModelWithErasedData() throws Exception {
        mvc.perform(put("/api/audit/retention-policy").with(user(clinic.user(Role.OWNER))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"yearsAfterLastActivity\": 1, \"minorsUntilAge\": 18}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.yearsAfterLastActivity").value(1));
        mvc.perform(post("/api/patients/" + patient + "/erasure").with(user(clinic.user(Role.OWNER))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"demande\"}"))
                .andExpect(status().isOk());

        List<? extends EventMessage<?>> stream = eventStore.readEvents(patient).asStream().toList();
        assertThat(((PatientRegistered) stream.get(0).getPayload()).details().lastName()).isEqualTo("[erased]");
        PooledStreamingEventProcessor projection = processing.eventProcessor("patient", PooledStreamingEventProcessor.class)
                .orElseThrow();
        projection.shutDown();
        projection.resetTokens();
        projection.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !projection.isReplaying());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "SELECT first_name || '|' || coalesce(CAST(date_of_birth AS text), '-') || '|' || sex FROM read_model.patient WHERE patient_id = CAST(:id AS uuid)")
                .param("id", patient).query(String.class).optional().orElse(""), row -> row.equals("[erased]|-|FEMALE"));
    }

    @Test
    void changesTheRetentionPolicyAsAnEventAndRefusesNonsense() throws Exception {
        mvc.perform(put("/api/audit/retention-policy").with(user(clinic.user(Role.ADMIN))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"yearsAfterLastActivity\": 0, \"minorsUntilAge\": 10}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "yearsAfterLastActivity", "minorsUntilAge")));
        mvc.perform(get("/api/audit/retention-policy").with(user(clinic.user(Role.AUDITOR))))
                .andExpect(jsonPath("$.yearsAfterLastActivity").value(20)).andExpect(jsonPath("$.standard").value(true));
        mvc.perform(put("/api/audit/retention-policy").with(user(clinic.user(Role.ADMIN))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"yearsAfterLastActivity\": 30, \"minorsUntilAge\": 30}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.yearsAfterLastActivity").value(30));

        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = :t AND meta_data::jsonb ->> 'organizationId' = :o")
                .param("t", "io.kine.kernel.audit.RetentionPolicySet").param("o", clinic.organizationId().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<String> eventTypes() {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = :id ORDER BY sequence_number")
                .param("id", patient).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private static String later(LocalDate a, LocalDate b) {
        return (a.isAfter(b) ? a : b).toString();
    }

    private record KineUserRead(Clinic clinic) {
        io.kine.infra.security.KineUser user() {
            return clinic.user(Role.AUDITOR);
        }
    }
}
