package io.kine.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Personal access tokens: created on a session, used as {@code Bearer} on the API, acting as their owner. */
@KineIntegrationTest
class AccessTokenApiTest {

    static final String PATIENT = """
            {"firstName": "Yasmine", "lastName": "Tokenova", "dateOfBirth": "1993-06-21", "sex": "FEMALE"}
            """;

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    KineUser assistant;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        assistant = clinic.user(Role.ASSISTANT);
    }

    @Test
    void showsTheSecretOnceAndStoresOnlyItsHash() throws Exception {
        String answer = mvc.perform(post("/api/tokens").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Agenda sync\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token.name").value("Agenda sync"))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(answer, "$.secret");
        String id = JsonPath.read(answer, "$.token.tokenId");

        assertThat(secret).startsWith("kine_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("SELECT token_hash FROM identity.access_token WHERE token_id = :id::uuid")
                .param("id", id).query(String.class).single()).isNotEqualTo(secret).hasSize(64);
        mvc.perform(get("/api/tokens").with(user(assistant)))
                .andExpect(jsonPath("$[0].name").value("Agenda sync"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
    }

    @Test
    void readsAndWritesWithoutCsrfAndRecordsTheOwnerAndTheTokenOnTheEvent() throws Exception {
        String id = JsonPath.read(create(assistant, "{\"name\": \"Import\"}"), "$.token.tokenId");
        String secret = secretOf(id);

        mvc.perform(get("/api/patients").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        String location = mvc.perform(post("/api/patients").header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON).content(PATIENT))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");

        Map<String, Object> metadata = jdbc.sql("""
                SELECT meta_data::jsonb ->> 'actorId' AS actor, meta_data::jsonb ->> 'tokenId' AS token
                FROM domain_event_entry WHERE aggregate_identifier = :patient
                """).param("patient", location.substring(location.lastIndexOf('/') + 1)).query().singleRow();
        assertThat(metadata).containsEntry("actor", assistant.userId().toString()).containsEntry("token", id);
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM identity.access_token WHERE token_id = :id::uuid")
                .param("id", id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void refusesARevokedToken() throws Exception {
        String id = JsonPath.read(create(assistant, "{\"name\": \"Old\"}"), "$.token.tokenId");
        String secret = secretOf(id);

        mvc.perform(delete("/api/tokens/" + id).with(user(assistant)).with(csrf())).andExpect(status().isNoContent());

        assertUnauthorized(mvc.perform(get("/api/patients").header("Authorization", "Bearer " + secret)));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String id = JsonPath.read(create(assistant, "{\"name\": \"Short\", \"expiresAt\": \"2999-01-01T00:00:00Z\"}"),
                "$.token.tokenId");
        String secret = secretOf(id);
        jdbc.sql("UPDATE identity.access_token SET expires_at = now() - interval '1 minute' WHERE token_id = :id::uuid")
                .param("id", id).update();

        assertUnauthorized(mvc.perform(get("/api/patients").header("Authorization", "Bearer " + secret)));
    }

    @Test
    void refusesAnUnknownTokenEvenWithASessionAlongside() throws Exception {
        assertUnauthorized(mvc.perform(get("/api/patients").with(user(assistant))
                .header("Authorization", "Bearer kine_not-a-real-token")));
    }

    @Test
    void stopsWorkingWhenItsOwnerIsDisabled() throws Exception {
        String secret = secretOf(JsonPath.read(create(assistant, "{\"name\": \"Laptop\"}"), "$.token.tokenId"));
        jdbc.sql("UPDATE identity.user_login SET enabled = false WHERE user_id = :id")
                .param("id", assistant.userId().value()).update();

        assertUnauthorized(mvc.perform(get("/api/patients").header("Authorization", "Bearer " + secret)));
    }

    @Test
    void canDoNoMoreThanItsOwnerCanDoNow() throws Exception {
        KineUser auditor = clinic.user(Role.AUDITOR);
        String auditorToken = secretOf(JsonPath.read(create(auditor, "{\"name\": \"Reports\"}"), "$.token.tokenId"));
        String assistantToken = secretOf(JsonPath.read(create(assistant, "{\"name\": \"Desk\"}"), "$.token.tokenId"));

        mvc.perform(post("/api/patients").header("Authorization", "Bearer " + auditorToken)
                        .contentType(MediaType.APPLICATION_JSON).content(PATIENT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/access-denied"));
        jdbc.sql("UPDATE identity.user_login SET roles = '{PATIENT}' WHERE user_id = :id")
                .param("id", assistant.userId().value()).update();
        mvc.perform(get("/api/patients").header("Authorization", "Bearer " + assistantToken))
                .andExpect(status().isForbidden());
    }

    @Test
    void cannotMintOrRevokeTokens() throws Exception {
        String id = JsonPath.read(create(assistant, "{\"name\": \"Script\"}"), "$.token.tokenId");
        String secret = secretOf(id);

        mvc.perform(post("/api/tokens").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Forever\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesABlankNameAndAPastExpiry() throws Exception {
        mvc.perform(post("/api/tokens").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/tokens").with(user(assistant)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Late\", \"expiresAt\": \"2001-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("expiresAt"));
    }

    @Test
    void answersAnotherPersonsTokenAsMissing() throws Exception {
        String id = JsonPath.read(create(assistant, "{\"name\": \"Mine\"}"), "$.token.tokenId");

        mvc.perform(delete("/api/tokens/" + id).with(user(clinic.user(Role.OWNER))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private final Map<String, String> secrets = new java.util.HashMap<>();

    private String create(KineUser owner, String body) throws Exception {
        String answer = mvc.perform(post("/api/tokens").with(user(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        secrets.put(JsonPath.read(answer, "$.token.tokenId"), JsonPath.read(answer, "$.secret"));
        return answer;
    }

    private String secretOf(String tokenId) {
        return secrets.get(tokenId);
    }

    private static void assertUnauthorized(ResultActions answer) throws Exception {
        answer.andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/invalid-token"));
    }
}
