package io.kine.infra.clinical;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.security.KineUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Object mother for clinical records made over the API: a patient, a case, a visit, notes. */
final class ClinicalRecords {

    private final MockMvc mvc;

    ClinicalRecords(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Names of authors come from the staff list, a projection of its own. */
    void awaitStaff(org.springframework.jdbc.core.simple.JdbcClient jdbc, io.kine.infra.TestClinics.Clinic clinic) {
        org.awaitility.Awaitility.await().until(() -> jdbc.sql(
                        "SELECT count(*) FROM read_model.staff_member WHERE organization_id = :id")
                .param("id", clinic.organizationId().value()).query(Long.class).single() == clinic.users().size());
    }

    String aPatient(KineUser by) throws Exception {
        return id(json(post("/api/patients"), by, """
                {"firstName": "Yasmine", "lastName": "El Idrissi", "dateOfBirth": "1990-05-17", "sex": "FEMALE"}
                """).andExpect(status().isCreated()), "$.id");
    }

    String aCase(KineUser by, String patient) throws Exception {
        return id(json(post("/api/patients/" + patient + "/cases"), by, """
                {"reasonForReferral": "Lombalgie aiguë", "icd10Code": "M54.5", "diagnosisText": "Lombalgie commune",
                 "referringDoctor": "Dr Martin", "goals": "Reprendre le travail"}
                """).andExpect(status().isCreated()), "$.caseId");
    }

    String aVisit(KineUser by, String caseId) throws Exception {
        return id(json(post("/api/cases/" + caseId + "/visits"), by, "{\"visitedOn\": \"2026-11-24\"}")
                .andExpect(status().isCreated()), "$.visitId");
    }

    ResultActions saveNote(KineUser by, String visit, String subjective, int pain) throws Exception {
        return json(patch("/api/visits/" + visit), by, """
                {"note": {"subjective": %s, "objective": "Flexion 40°", "assessment": null, "plan": "Exercices"},
                 "measures": [{"kind": "PAIN", "value": %d}]}
                """.formatted(quoted(subjective), pain));
    }

    ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, KineUser by,
            String body) throws Exception {
        return mvc.perform(request.with(user(by)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String id(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
