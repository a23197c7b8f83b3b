package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An appointment's notes are the patient's personal data: changed notes are sealed with the
 * patient's key, and after the patient's erasure the history and a replay of the appointment
 * read "[erased]" while the change itself, its time and its author stay.
 */
@KineIntegrationTest
class AppointmentNotesErasureTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired EventStore eventStore;

    @Test
    void changedNotesAreSealedAndReadErasedOnceThePatientIsErased() throws Exception {
        Clinic clinic = new TestClinics(context).aClinic();
        KineUser owner = clinic.user(Role.OWNER);
        KineUser practitioner = clinic.user(Role.PRACTITIONER);
        String patient = id(mvc.perform(json(post("/api/patients"), owner, """
                {"firstName": "Amina", "lastName": "Benali", "dateOfBirth": "1985-03-14", "sex": "FEMALE"}
                """)).andExpect(status().isCreated()));
        String location = id(mvc.perform(json(post("/api/locations"), owner,
                "{\"name\": \"Cabinet Lilas\", \"timeZone\": \"Europe/Paris\"}")));
        String appointment = id(mvc.perform(json(post("/api/appointments"), owner, """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s",
                 "start": "2030-05-06T09:00:00Z", "end": "2030-05-06T09:30:00Z"}
                """.formatted(patient, practitioner.userId(), location))).andExpect(status().isCreated()));
        mvc.perform(json(patch("/api/appointments/" + appointment), owner, "{\"notes\": \"Suivi post-opératoire du genou\"}"))
                .andExpect(status().isOk());

        String stored = jdbc.sql("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = :id
                AND payload_type = 'io.kine.kernel.scheduling.AppointmentNotesChanged'
                """).param("id", appointment).query(String.class).single();
        assertThat(stored).doesNotContain("genou").contains("kine:pd:v1:" + patient);
        mvc.perform(get("/api/appointments/" + appointment + "/history").with(user(owner)))
                .andExpect(jsonPath("$.data[0].eventType").value("AppointmentNotesChanged"))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'notes')].after").value("Suivi post-opératoire du genou"));

        mvc.perform(json(post("/api/patients/" + patient + "/erasure"), owner, "{\"reason\": \"droit à l'effacement\"}"))
                .andExpect(status().isOk());

        AppointmentNotesChanged replayed = eventStore.readEvents(appointment).asStream()
                .map(message -> message.getPayload()).filter(AppointmentNotesChanged.class::isInstance)
                .map(AppointmentNotesChanged.class::cast).findFirst().orElseThrow();
        assertThat(replayed.notes()).isEqualTo("[erased]");
        assertThat(replayed.patientId().value().toString()).isEqualTo(patient);
        mvc.perform(get("/api/appointments/" + appointment + "/history").with(user(owner)))
                .andExpect(jsonPath("$.data[0].eventType").value("AppointmentNotesChanged"))
                .andExpect(jsonPath("$.data[0].changes[?(@.field == 'notes')].after").value("[erased]"))
                .andExpect(jsonPath("$.data[0].actorName").value("Test OWNER"));
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, KineUser by, String body) {
        return request.with(user(by)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
