package io.kine.infra.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import io.kine.kernel.patients.PatientId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** A patient's appointments: the API and the section of the patient page. */
@KineIntegrationTest
class PatientAppointmentsTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;

    Calendar calendar;
    KineUser assistant;
    PatientId patient;
    String second;

    @BeforeEach
    void twoAppointmentsOneCancelled() throws Exception {
        calendar = new Calendar(context);
        assistant = calendar.clinic.user(Role.ASSISTANT);
        patient = calendar.aPatient("Avenir");
        book("2030-02-04T09:00:00Z", "2030-02-04T09:30:00Z");
        second = book("2030-02-11T09:00:00Z", "2030-02-11T09:30:00Z");
        String cancelled = book("2030-01-28T09:00:00Z", "2030-01-28T09:30:00Z");
        mvc.perform(delete("/api/appointments/" + cancelled).param("reason", "grippe").with(user(assistant)).with(csrf()))
                .andExpect(status().isOk());
    }

    String book(String start, String end) throws Exception {
        return json.readTree(mvc.perform(post("/api/appointments").with(user(assistant)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"patientId": "%s", "practitionerId": "%s", "locationId": "%s", "start": "%s", "end": "%s"}
                        """.formatted(patient, calendar.clinic.user(Role.PRACTITIONER).userId(), calendar.location, start, end)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void listsTheUpcomingAppointmentsInOrderAndAllOfThemNewestFirst() throws Exception {
        mvc.perform(get("/api/patients/" + patient + "/appointments").param("upcoming", "true")
                        .with(user(calendar.clinic.user(Role.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(2)))
                .andExpect(jsonPath("$.data[0].start", is("2030-02-04T09:00:00Z")))
                .andExpect(jsonPath("$.data[1].id", is(second)));
        mvc.perform(get("/api/patients/" + patient + "/appointments").with(user(assistant)))
                .andExpect(jsonPath("$.data", hasSize(3)))
                .andExpect(jsonPath("$.data[0].id", is(second)))
                .andExpect(jsonPath("$.data[2].status", is("CANCELLED")));
    }

    @Test
    void showsTheUpcomingAppointmentsOnThePatientPageInTheLocationsTime() throws Exception {
        String page = mvc.perform(get("/patients/" + patient).with(user(assistant)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"upcoming-appointments\"").contains("Prochains rendez-vous")
                .contains("Test PRACTITIONER").contains("10:00").contains("Réservé");
        assertThat(page.split("class=\"upcoming-appointment\"", -1)).hasSize(3);
    }

    @Test
    void refusesAnotherClinicsPatientAndRolesThatDoNotReadPatients() throws Exception {
        mvc.perform(get("/api/patients/" + patient + "/appointments")
                        .with(user(new TestClinics(context).aClinic().user(Role.OWNER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/patients/" + patient + "/appointments").with(user(calendar.clinic.user(Role.PATIENT))))
                .andExpect(status().isForbidden());
    }
}
