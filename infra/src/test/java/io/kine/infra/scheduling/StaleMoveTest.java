package io.kine.infra.scheduling;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** A calendar showing an old version cannot move what someone else just moved: If-Match on PATCH. */
@KineIntegrationTest
class StaleMoveTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ObjectMapper json;

    @Test
    void refusesAMoveOfAVersionThatIsNoLongerCurrent() throws Exception {
        Calendar calendar = new Calendar(context);
        KineUser assistant = calendar.clinic.user(Role.ASSISTANT);
        String body = """
                {"patientId": "%s", "practitionerId": "%s", "locationId": "%s",
                 "start": "2030-01-07T09:00:00Z", "end": "2030-01-07T09:30:00Z"}
                """.formatted(calendar.aPatient("Benali"), calendar.clinic.user(Role.PRACTITIONER).userId(),
                calendar.location);
        String id = json.readTree(mvc.perform(post("/api/appointments").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();

        mvc.perform(move(id, assistant, "\"0\"", "2030-01-07T10:00:00Z", "2030-01-07T10:30:00Z"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.start", is("2030-01-07T10:00:00Z")));
        mvc.perform(move(id, assistant, "\"0\"", "2030-01-07T11:00:00Z", "2030-01-07T11:30:00Z"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", is("https://kine.io/problems/concurrent-modification")));
        mvc.perform(move(id, assistant, "yesterday", "2030-01-07T11:00:00Z", "2030-01-07T11:30:00Z"))
                .andExpect(status().isBadRequest());
    }

    private static org.springframework.test.web.servlet.RequestBuilder move(String id, KineUser as, String ifMatch,
            String start, String end) {
        return patch("/api/appointments/" + id).with(user(as)).with(csrf()).header("If-Match", ifMatch)
                .contentType("application/merge-patch+json")
                .content("{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}");
    }
}
