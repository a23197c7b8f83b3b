package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's API: browse with filters and keyset pages, before/after, state as of, exports, the access log. */
@KineIntegrationTest
class AuditEventsApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser auditor;
    List<String> patients = new ArrayList<>();

    @BeforeEach
    void aClinicWithFivePatients() throws Exception {
        clinic = new TestClinics(context).aClinic();
        auditor = clinic.user(Role.AUDITOR);
        for (String name : List.of("Amrani", "Bernard", "Chevalier", "Dubois", "Etienne")) {
            patients.add(register(clinic.user(Role.ASSISTANT), name));
        }
    }

    @Test
    void pagesBackwardsThroughFilteredEventsWithoutRepeatingOrSkippingAny() throws Exception {
        List<String> seen = new ArrayList<>();
        String url = "/api/audit/events?entityType=Patient&size=2";
        Object older;
        do {
            String body = getJson(url, auditor);
            seen.addAll(JsonPath.read(body, "$.data[*].aggregateIdentifier"));
            older = JsonPath.read(body, "$.meta.older");
            url = "/api/audit/events?entityType=Patient&size=2&before=" + older;
        } while (older != null);

        List<String> newestFirst = new ArrayList<>(patients);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        String newest = getJson("/api/audit/events?entityType=Patient&size=2", auditor);
        String second = getJson("/api/audit/events?entityType=Patient&size=2&before="
                + JsonPath.read(newest, "$.meta.older"), auditor);
        String backAgain = getJson("/api/audit/events?entityType=Patient&size=2&after="
                + JsonPath.read(second, "$.meta.newer"), auditor);
        assertThat((List<String>) JsonPath.read(backAgain, "$.data[*].aggregateIdentifier"))
                .containsExactly(patients.get(4), patients.get(3));
    }

    @Test
    void filtersByRecordActorEventTypeAndPeriod() throws Exception {
        KineUser owner = clinic.user(Role.OWNER);
        mvc.perform(patch("/api/patients/" + patients.get(0)).with(user(owner)).with(csrf())
                .contentType("application/merge-patch+json").content("{\"phone\": \"06 99 88 77 66\"}"))
                .andExpect(status().isOk());

        String byRecord = getJson("/api/audit/events?entityId=" + patients.get(0), auditor);
        assertThat((List<String>) JsonPath.read(byRecord, "$.data[*].eventType"))
                .containsExactly("PatientDetailsUpdated", "PatientRegistered");
        String byActor = getJson("/api/audit/events?actor=" + owner.userId(), auditor);
        assertThat((List<String>) JsonPath.read(byActor, "$.data[*].eventType")).containsExactly("PatientDetailsUpdated");
        String byType = getJson("/api/audit/events?eventType=PatientDetailsUpdated", auditor);
        assertThat((List<String>) JsonPath.read(byType, "$.data[*].changes[0].field")).containsExactly("phone");
        assertThat((List<String>) JsonPath.read(byType, "$.data[*].changes[0].after")).containsExactly("+33699887766");
        assertThat((List<?>) JsonPath.read(getJson("/api/audit/events?to=2020-01-01", auditor), "$.data")).isEmpty();
        assertThat((List<?>) JsonPath.read(getJson("/api/audit/events?entityType=Patient&from="
                + Instant.now().minusSeconds(600), auditor), "$.data")).hasSize(6);
        mvc.perform(get("/api/audit/events?eventType=Nope").with(user(auditor))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("eventType"));
    }

    @Test
    void rebuildsAnyRecordAsItWasAtAChosenInstant() throws Exception {
        String patient = patients.get(1);
        Instant beforeChange = Instant.now();
        mvc.perform(patch("/api/patients/" + patient).with(user(clinic.user(Role.OWNER))).with(csrf())
                .contentType("application/merge-patch+json").content("{\"lastName\": \"Bernard-Roy\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/audit/records/" + patient + "/state?at=" + beforeChange).with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields.lastName").value("Bernard"))
                .andExpect(jsonPath("$.events").value(1));
        mvc.perform(get("/api/audit/records/" + patient + "/state?at=" + Instant.now()).with(user(auditor)))
                .andExpect(jsonPath("$.fields.lastName").value("Bernard-Roy"))
                .andExpect(jsonPath("$.lastEvent").value("PatientDetailsUpdated"));
        mvc.perform(get("/api/audit/records/" + patient + "/state?at=2020-01-01T00:00:00Z").with(user(auditor)))
                .andExpect(jsonPath("$.events").value(0));
    }

    @Test
    void exportsTheFilteredHistoryAsNdjsonCsvAndFhirAuditEvents() throws Exception {
        String filter = "&entityType=Patient";
        String ndjson = export("ndjson" + filter);
        String[] lines = ndjson.strip().split("\n");
        assertThat(lines).hasSize(5);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.path("aggregateIdentifier").asText()).isEqualTo(patients.get(0));
        assertThat(first.path("payload").path("details").path("lastName").asText()).isEqualTo("Amrani");
        assertThat(first.path("actorName").asText()).isEqualTo("Test ASSISTANT");

        String csv = export("csv" + filter);
        assertThat(csv.split("\r\n")).hasSize(6);
        assertThat(csv).startsWith("global_index,event_identifier,occurred_at").contains("PatientRegistered");

        JsonNode fhir = JSON.readTree(export("fhir" + filter).strip().split("\n")[0]);
        assertThat(fhir.path("resourceType").asText()).isEqualTo("AuditEvent");
        assertThat(fhir.path("action").asText()).isEqualTo("C");
        assertThat(fhir.path("type").path("code").asText()).isEqualTo("110110");
        assertThat(fhir.path("entity").get(0).path("what").path("reference").asText()).isEqualTo("Patient/" + patients.get(0));
        assertThat(fhir.path("agent").get(0).path("who").path("identifier").path("value").asText())
                .isEqualTo(clinic.user(Role.ASSISTANT).userId().toString());
        mvc.perform(get("/api/audit/events/export?format=xml").with(user(auditor))).andExpect(status().isBadRequest());
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() throws Exception {
        mvc.perform(post("/api/patients").with(user(auditor)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstName\": \"X\", \"lastName\": \"Y\", \"dateOfBirth\": \"1990-01-01\", \"sex\": \"MALE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/patients/" + patients.get(0) + "/erasure").with(user(auditor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/audit/retention-policy")
                .with(user(auditor)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"yearsAfterLastActivity\": 30, \"minorsUntilAge\": 30}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/events").with(user(clinic.user(Role.PRACTITIONER)))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/events").with(user(clinic.user(Role.MANAGER)))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/events").with(user(auditor))).andExpect(status().isOk());
    }

    @Test
    void browsesWhoOpenedWhichChart() throws Exception {
        KineUser practitioner = clinic.user(Role.PRACTITIONER);
        mvc.perform(get("/api/patients/" + patients.get(2)).with(user(practitioner))).andExpect(status().isOk());

        String log = getJson("/api/audit/access-log?entityId=" + patients.get(2), auditor);

        assertThat((List<String>) JsonPath.read(log, "$.data[*].actorName")).containsExactly("Test PRACTITIONER");
        assertThat((List<String>) JsonPath.read(log, "$.data[*].patientName")).containsExactly("Inès Chevalier");
        assertThat((List<?>) JsonPath.read(getJson("/api/audit/access-log?actor=" + auditor.userId(), auditor),
                "$.data")).isEmpty();
    }

    @Test
    void digestsTheChainDayByDayAndVerifiesIt() throws Exception {
        Audits.awaitChained(jdbc, clinic.organizationId());

        String digest = getJson("/api/audit/chain/digest", auditor);
        String report = mvc.perform(post("/api/audit/chain/verify").with(user(auditor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        long events = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE meta_data::jsonb ->> 'organizationId' = :o")
                .param("o", clinic.organizationId().toString()).query(Long.class).single();
        assertThat(((Number) JsonPath.read(digest, "$.data[-1].lastLink")).longValue()).isEqualTo(events);
        assertThat((Boolean) JsonPath.read(report, "$.intact")).isTrue();
        assertThat((String) JsonPath.read(report, "$.headHash")).isEqualTo(JsonPath.read(digest, "$.data[-1].headHash"));
        assertThat(mvc.perform(get("/api/audit/chain/digest?format=csv").with(user(auditor))).andReturn().getResponse()
                .getContentAsString()).startsWith("day,events,last_link,head_hash");
    }

    private String export(String query) throws Exception {
        var result = mvc.perform(get("/api/audit/events/export?format=" + query).with(user(auditor)))
                .andExpect(status().isOk()).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result))
                    .andReturn();
        }
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String getJson(String url, KineUser reader) throws Exception {
        return mvc.perform(get(url).with(user(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String register(KineUser assistant, String lastName) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/patients").with(user(assistant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\": \"Inès\", \"lastName\": \"" + lastName
                        + "\", \"dateOfBirth\": \"1990-05-06\", \"sex\": \"FEMALE\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
