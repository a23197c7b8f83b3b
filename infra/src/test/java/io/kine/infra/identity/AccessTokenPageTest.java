package io.kine.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Role;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The tokens page: a secret shown once, usable as a Bearer token, dead once revoked. */
@KineIntegrationTest
class AccessTokenPageTest {

    static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*value=\"([^\"]+)\"");
    static final Pattern REVOKE = Pattern.compile("action=\"(/tokens/[0-9a-f-]+/revoke)\"");

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    KineUser assistant;

    @BeforeEach
    void aPersonOfAClinic() {
        assistant = new TestClinics(context).aClinic().user(Role.ASSISTANT);
    }

    @Test
    void showsANewTokenOnceAndItWorksOnTheApiUntilRevoked() throws Exception {
        String created = page(post("/tokens").param("name", "Tableur du cabinet"));
        Matcher secret = SECRET.matcher(created);
        assertThat(secret.find()).isTrue();
        String token = secret.group(1);

        String listed = page(get("/tokens"));
        assertThat(listed).contains("Tableur du cabinet").doesNotContain(token);
        mvc.perform(get("/api/patients").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        Matcher revoke = REVOKE.matcher(listed);
        assertThat(revoke.find()).isTrue();
        mvc.perform(post(revoke.group(1)).with(user(assistant)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/patients").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(page(get("/tokens"))).contains("révoqué");
    }

    @Test
    void refusesAnExpiryInThePastNextToTheDateAndCreatesNothing() throws Exception {
        String answer = page(post("/tokens").param("name", "Ancien").param("expiresOn", LocalDate.now().minusDays(1).toString()));

        assertThat(answer).contains("token-expires-error").contains("expiration doit être dans le futur")
                .doesNotContain("token-secret");
        assertThat(page(get("/tokens"))).contains("id=\"no-tokens\"");
    }

    @Test
    void refusesATokenWithoutAName() throws Exception {
        assertThat(page(post("/tokens").param("name", "  "))).contains("token-name-error").doesNotContain("token-secret");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(assistant)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
