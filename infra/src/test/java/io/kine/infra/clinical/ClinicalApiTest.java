package io.kine.infra.clinical;

import static io.kine.infra.clinical.ClinicalRecords.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Cases, visits and notes over {@code /api}: revisions, signing, addenda, closed cases. */
@KineIntegrationTest
class ClinicalApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser practitioner;
    ClinicalRecords records;
    String patient;
    String caseId;

    @BeforeEach
    void aPatientWithACase() throws Exception {
        clinic = new TestClinics(context).aClinic();
        practitioner = clinic.user(Role.PRACTITIONER);
        records = new ClinicalRecords(mvc);
        patient = records.aPatient(clinic.user(Role.ASSISTANT));
        caseId = records.aCase(practitioner, patient);
        records.awaitStaff(jdbc, clinic);
    }

    @Test
    void fiveEditsGiveFiveRevisionsEachReadableExactlyAsWrittenWithAuthorAndTime() throws Exception {
        String visit = records.aVisit(practitioner, caseId);
        List<String> texts = List.of("Douleur lombaire.", "Douleur lombaire\nirradiant à la jambe.",
                "Douleur lombaire\nirradiant à la jambe gauche.", "Douleur « 5/10 »\nirradiant à la jambe gauche.",
                "Douleur « 4/10 »\nirradiant à la jambe gauche.\nSommeil meilleur.");
        Instant before = Instant.now();
        for (int i = 0; i < texts.size(); i++) {
            records.saveNote(practitioner, visit, texts.get(i), 8 - i).andExpect(status().isOk())
                    .andExpect(jsonPath("$.revision").value(i + 1));
        }
        String body = mvc.perform(get("/api/visits/" + visit + "/revisions").with(user(practitioner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.data", hasSize(5)))
                .andReturn().getResponse().getContentAsString();
        for (int i = 0; i < texts.size(); i++) {
            assertThat((String) JsonPath.read(body, "$.data[" + i + "].note.subjective")).isEqualTo(texts.get(i));
            assertThat((Integer) JsonPath.read(body, "$.data[" + i + "].measures[0].value")).isEqualTo(8 - i);
            assertThat((String) JsonPath.read(body, "$.data[" + i + "].authorId")).isEqualTo(practitioner.userId().toString());
            assertThat((String) JsonPath.read(body, "$.data[" + i + "].authorName")).isEqualTo("Test PRACTITIONER");
            assertThat(Instant.parse(JsonPath.read(body, "$.data[" + i + "].revisedAt"))).isAfterOrEqualTo(before.minusSeconds(1));
        }
        mvc.perform(get("/api/visits/" + visit + "/revisions/3").with(user(practitioner)))
                .andExpect(jsonPath("$.note.subjective").value(texts.get(2)));

        mvc.perform(get("/api/visits/" + visit + "/diff").param("from", "2").param("to", "5").with(user(practitioner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].name").value("subjective"))
                .andExpect(jsonPath("$.sections[0].changed").value(true))
                .andExpect(jsonPath("$.sections[0].rows[0].before").value("Douleur <del>lombaire</del>"))
                .andExpect(jsonPath("$.sections[0].rows[0].after").value("Douleur <ins>« 4/10 »</ins>"))
                .andExpect(jsonPath("$.sections[0].rows[1].before").value("irradiant à la jambe."))
                .andExpect(jsonPath("$.sections[0].rows[1].after").value("irradiant à la jambe<ins> gauche</ins>."))
                .andExpect(jsonPath("$.sections[0].rows[2].tag").value("INSERT"))
                .andExpect(jsonPath("$.sections[0].rows[2].after").value("<ins>Sommeil meilleur.</ins>"))
                .andExpect(jsonPath("$.sections[1].changed").value(false))
                .andExpect(jsonPath("$.sections[4].rows[0].before").value("PAIN <del>7</del>/10"))
                .andExpect(jsonPath("$.sections[4].rows[0].after").value("PAIN <ins>4</ins>/10"));
    }

    @Test
    void anAutosaveOfUnchangedTextAddsNoRevisionAndAStaleSaveIsRefused() throws Exception {
        String visit = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, visit, "Genou gonflé", 5).andExpect(jsonPath("$.revision").value(1));
        records.saveNote(practitioner, visit, "Genou gonflé", 5).andExpect(jsonPath("$.revision").value(1));
        records.json(patch("/api/visits/" + visit), practitioner, "{\"note\": {\"plan\": \"Glace\"}, \"baseRevision\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/note-changed-meanwhile"));
    }

    @Test
    void signingLocksTheNoteEditsAreRefusedAndAddendaAreAllowed() throws Exception {
        String visit = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, visit, "Cheville stable", 2);
        records.json(patch("/api/visits/" + visit), practitioner, "{\"status\": \"SIGNED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"))
                .andExpect(jsonPath("$.signedBy").value("Test PRACTITIONER"));

        records.saveNote(practitioner, visit, "Modifié après coup", 2)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/note-signed"))
                .andExpect(jsonPath("$.title").value(containsString("signée")));
        records.json(post("/api/visits/" + visit + "/addenda"), practitioner, "{\"text\": \"Radio normale reçue\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addenda[0].number").value(1))
                .andExpect(jsonPath("$.addenda[0].text").value("Radio normale reçue"))
                .andExpect(jsonPath("$.addenda[0].authorName").value("Test PRACTITIONER"))
                .andExpect(jsonPath("$.note.subjective").value("Cheville stable"));
        assertThat(revisionEvents(visit)).isEqualTo(1);
    }

    @Test
    void onlyTheVisitPractitionerSignsAndAnEmptyNoteCannotBeSigned() throws Exception {
        String visit = records.aVisit(practitioner, caseId);
        records.json(patch("/api/visits/" + visit), practitioner, "{\"status\": \"SIGNED\"}")
                .andExpect(status().isUnprocessableContent());
        records.saveNote(practitioner, visit, "Épaule", 3);
        records.json(patch("/api/visits/" + visit), clinic.user(Role.OWNER), "{\"status\": \"SIGNED\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/not-the-visit-practitioner"));
    }

    @Test
    void aClosedCaseRejectsNewVisitsUntilReopened() throws Exception {
        records.json(post("/api/cases/" + caseId + "/close"), practitioner, "{\"outcome\": \"Objectifs atteints\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("Objectifs atteints"));
        records.json(post("/api/cases/" + caseId + "/visits"), practitioner, "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/case-closed"));
        records.json(post("/api/cases/" + caseId + "/reopen"), practitioner, "{\"reason\": \"Rechute\"}")
                .andExpect(jsonPath("$.status").value("OPEN"));
        records.aVisit(practitioner, caseId);
    }

    @Test
    void listsThePatientsCasesAndPatchesACase() throws Exception {
        mvc.perform(get("/api/patients/" + patient + "/cases").with(user(practitioner)))
                .andExpect(jsonPath("$.data", hasSize(1)))
                .andExpect(jsonPath("$.data[0].icd10Code").value("M54.5"))
                .andExpect(jsonPath("$.data[0].practitionerName").value("Test PRACTITIONER"));
        records.json(patch("/api/cases/" + caseId), practitioner, "{\"icd10Code\": \"m51.2\", \"goals\": null}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.icd10Code").value("M51.2"))
                .andExpect(jsonPath("$.goals").doesNotExist())
                .andExpect(jsonPath("$.reasonForReferral").value("Lombalgie aiguë"));
        records.json(patch("/api/cases/" + caseId), practitioner, "{\"icd10Code\": \"lumbago\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("icd10Code"));
    }

    @Test
    void theTimelineShowsTheFrontDeskThatAVisitHappenedButNotItsContent() throws Exception {
        String visit = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, visit, "Secret médical", 4);
        KineUser assistant = clinic.user(Role.ASSISTANT);

        String timeline = mvc.perform(get("/api/patients/" + patient + "/visits").with(user(assistant)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.data[0].visitId").value(visit))
                .andExpect(jsonPath("$.data[0].status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(timeline).doesNotContain("Secret");
        mvc.perform(get("/api/visits/" + visit).with(user(assistant))).andExpect(status().isForbidden());
        mvc.perform(get("/api/cases/" + caseId).with(user(assistant))).andExpect(status().isForbidden());
    }

    @Test
    void startsTheVisitOfACompletedAppointmentOnceWhateverTheRetries() throws Exception {
        String appointment = AppointmentsForVisits.aCompletedAppointment(context, clinic, patient);
        String body = "{\"appointmentId\": \"" + appointment + "\"}";
        String first = id(records.json(post("/api/cases/" + caseId + "/visits"), practitioner, body)
                .andExpect(status().isCreated()), "$.visitId");
        String again = id(records.json(post("/api/cases/" + caseId + "/visits"), practitioner, body), "$.visitId");

        assertThat(again).isEqualTo(first);
        mvc.perform(get("/api/visits/" + first).with(user(practitioner)))
                .andExpect(jsonPath("$.appointmentId").value(appointment));
    }

    private long revisionEvents(String visit) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id AND payload_type LIKE '%VisitNoteRevised'")
                .param("id", visit).query(Long.class).single();
    }
}
