package io.kine.infra.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The clinical pages' forms: open a case, start the visit of a completed appointment, autosave, addenda. */
@KineIntegrationTest
class ClinicalPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser practitioner;
    ClinicalRecords records;
    String patient;

    @BeforeEach
    void aPatient() throws Exception {
        clinic = new TestClinics(context).aClinic();
        practitioner = clinic.user(Role.PRACTITIONER);
        records = new ClinicalRecords(mvc);
        patient = records.aPatient(clinic.user(Role.ASSISTANT));
    }

    @Test
    void opensACaseFromTheChartAndShowsEachRefusalNextToItsField() throws Exception {
        String page = mvc.perform(post("/patients/" + patient + "/cases").param("reasonForReferral", " ")
                        .param("icd10Code", "dos").param("goals", "Marcher sans douleur").with(user(practitioner)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"reasonForReferral-error\"").contains("id=\"icd10Code-error\"")
                .contains("Marcher sans douleur");

        mvc.perform(post("/patients/" + patient + "/cases").param("reasonForReferral", "Entorse de cheville")
                        .param("icd10Code", "s93.4").with(user(practitioner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andExpect(flash().attribute("message", "case.opened"));
    }

    @Test
    void theChartOffersToStartTheVisitOfACompletedAppointment() throws Exception {
        String caseId = records.aCase(practitioner, patient);
        String appointment = AppointmentsForVisits.aCompletedAppointment(context, clinic, patient);

        String chart = mvc.perform(get("/patients/" + patient + "/chart").with(user(practitioner)))
                .andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("awaiting-appointment").contains(appointment);

        String editor = mvc.perform(post("/patients/" + patient + "/visits").param("caseId", caseId)
                        .param("appointmentId", appointment).with(user(practitioner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/visits/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(editor).with(user(practitioner))).andReturn().getResponse().getContentAsString())
                .contains("note-form");
        assertThat(mvc.perform(get("/patients/" + patient + "/chart").with(user(practitioner)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("awaiting-appointment");
    }

    @Test
    void autosaveAnswersTheRevisionAndRefusesOnceTheNoteIsSigned() throws Exception {
        String visit = records.aVisit(practitioner, records.aCase(practitioner, patient));
        mvc.perform(post("/visits/" + visit + "/autosave").param("subjective", "Douleur 5").param("pain", "5")
                        .param("baseRevision", "0").with(user(practitioner)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
        mvc.perform(post("/visits/" + visit + "/sign").param("subjective", "Douleur 5").param("pain", "5")
                        .param("baseRevision", "1").with(user(practitioner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/visits/*")).andExpect(flash().attribute("message", "note.signed"));

        mvc.perform(post("/visits/" + visit + "/autosave").param("subjective", "Changé").param("baseRevision", "1")
                        .with(user(practitioner)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/note-signed"));
        mvc.perform(post("/visits/" + visit + "/edit").param("subjective", "Changé").with(user(practitioner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/visits/*")).andExpect(flash().attribute("error", "note.locked"));
        mvc.perform(post("/visits/" + visit + "/addenda").param("text", "Compte rendu reçu")
                        .with(user(practitioner)).with(csrf()))
                .andExpect(flash().attribute("message", "note.addendumAdded"));
        assertThat(mvc.perform(get("/visits/" + visit).with(user(practitioner))).andReturn().getResponse()
                .getContentAsString()).contains("Compte rendu reçu").contains("Douleur 5");
    }

    @Test
    void aStaleEditorKeepsTheTypedTextAndSaysSomeoneSavedMeanwhile() throws Exception {
        String visit = records.aVisit(practitioner, records.aCase(practitioner, patient));
        records.saveNote(practitioner, visit, "Première version", 4);
        String page = mvc.perform(post("/visits/" + visit + "/edit").param("subjective", "Mon texte à ne pas perdre")
                        .param("baseRevision", "0").with(user(practitioner)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mon texte à ne pas perdre").contains("id=\"error\"");
    }

    @Test
    void editsTheCaseAndHandsItToAnotherPractitionerFromItsPage() throws Exception {
        records.awaitStaff(jdbc, clinic);
        String caseId = records.aCase(clinic.user(Role.OWNER), patient);
        String page = mvc.perform(get("/cases/" + caseId).with(user(practitioner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("reassign-form").contains(practitioner.userId().toString());

        mvc.perform(post("/cases/" + caseId + "/details").param("reasonForReferral", "Lombo-sciatique")
                        .param("icd10Code", "M54.4").with(user(practitioner)).with(csrf()))
                .andExpect(flash().attribute("message", "case.detailsSaved"));
        mvc.perform(post("/cases/" + caseId + "/reassign").param("practitionerId", practitioner.userId().toString())
                        .with(user(practitioner)).with(csrf()))
                .andExpect(flash().attribute("message", "case.reassigned"));
        mvc.perform(get("/api/cases/" + caseId).with(user(practitioner)))
                .andExpect(jsonPath("$.reasonForReferral").value("Lombo-sciatique"))
                .andExpect(jsonPath("$.icd10Code").value("M54.4"))
                .andExpect(jsonPath("$.practitionerId").value(practitioner.userId().toString()));
    }

    @Test
    void aPageAboutARecordThatNeverExistedIsNotFound() throws Exception {
        mvc.perform(post("/visits/" + java.util.UUID.randomUUID() + "/addenda").param("text", "x")
                .with(user(practitioner)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + java.util.UUID.randomUUID()).with(user(practitioner))).andExpect(status().isNotFound());
    }
}
