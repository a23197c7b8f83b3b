package io.kine.infra.clinical;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.security.KineUser;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Clinical records for tests of other packages (permission matrix, cross-tenant checks). */
public final class ClinicalFixtures {

    private ClinicalFixtures() {
    }

    public static String aCase(MockMvc mvc, KineUser practitioner, String patient) throws Exception {
        return new ClinicalRecords(mvc).aCase(practitioner, patient);
    }

    public static String aVisit(MockMvc mvc, KineUser practitioner, String caseId) throws Exception {
        return new ClinicalRecords(mvc).aVisit(practitioner, caseId);
    }

    /** A visit whose note is written and signed by {@code practitioner}. */
    public static String aSignedVisit(MockMvc mvc, KineUser practitioner, String caseId) throws Exception {
        ClinicalRecords records = new ClinicalRecords(mvc);
        String visit = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, visit, "Bilan", 4).andExpect(status().isOk());
        records.json(MockMvcRequestBuilders.patch("/api/visits/" + visit), practitioner, "{\"status\": \"SIGNED\"}")
                .andExpect(status().isOk());
        return visit;
    }

    /**
     * A case with every kind of clinical row: a visit whose note was revised then signed, an
     * addendum to it, an attachment; returns the case id.
     */
    public static String aDocumentedCase(MockMvc mvc, KineUser assistant, KineUser practitioner) throws Exception {
        ClinicalRecords records = new ClinicalRecords(mvc);
        String caseId = records.aCase(practitioner, records.aPatient(assistant));
        String visit = records.aVisit(practitioner, caseId);
        records.saveNote(practitioner, visit, "Douleur lombaire", 6).andExpect(status().isOk());
        records.saveNote(practitioner, visit, "Douleur lombaire, mieux", 4).andExpect(status().isOk());
        records.json(MockMvcRequestBuilders.patch("/api/visits/" + visit), practitioner, "{\"status\": \"SIGNED\"}")
                .andExpect(status().isOk());
        records.json(MockMvcRequestBuilders.post("/api/visits/" + visit + "/addenda"), practitioner,
                "{\"text\": \"Appel du patient\"}").andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/cases/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", "lettre.pdf", "application/pdf", ClinicalAttachmentTest.PDF))
                .with(user(practitioner)).with(csrf())).andExpect(status().isCreated());
        return caseId;
    }
}
