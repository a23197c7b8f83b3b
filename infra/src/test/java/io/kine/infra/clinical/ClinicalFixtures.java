package io.kine.infra.clinical;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.security.KineUser;
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
}
