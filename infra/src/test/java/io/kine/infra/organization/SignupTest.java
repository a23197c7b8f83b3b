package io.kine.infra.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Signing up over HTTP: the organization, its first location and its owner, all or nothing. */
@KineIntegrationTest
class SignupTest {

    static final String PASSWORD = "un cabinet au soleil";

    @Autowired MockMvc mvc;
    @Autowired UserLogins logins;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcClient jdbc;

    @Test
    void createsTheOrganizationItsLocationAndAnOwnerWhoCanLogIn() throws Exception {
        String email = uniqueEmail();
        String body = signUp(email, PASSWORD).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        KineUser owner = logins.loadUserByUsername(email);
        assertThat(owner.roles()).isEqualTo(Set.of(Role.OWNER));
        assertThat(owner.userId().value().toString()).isEqualTo(JsonPath.read(body, "$.userId"));
        assertThat(passwords.matches(PASSWORD, owner.getPassword())).isTrue();
        String organization = JsonPath.read(body, "$.organizationId");
        assertThat(owner.organizationId().value().toString()).isEqualTo(organization);
        assertThat(eventTypes(organization)).containsExactlyInAnyOrder("OrganizationRegistered", "LocationOpened",
                "UserAccountCreated");
        assertThat(jdbc.sql("SELECT DISTINCT meta_data::jsonb ->> 'actorId' FROM domain_event_entry e "
                        + "WHERE e.meta_data::jsonb ->> 'organizationId' = :org")
                .param("org", organization).query(String.class).list()).containsExactly(new UUID(0, 0).toString());
    }

    @Test
    void refusesATakenEmailWithAFieldErrorAndAppendsNoEvent() throws Exception {
        String email = uniqueEmail();
        signUp(email, PASSWORD).andExpect(status().isCreated());
        long events = allEvents();

        signUp(email.toUpperCase(), PASSWORD).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://kine.io/problems/email-taken"))
                .andExpect(jsonPath("$.errors[0].field").value("email"));

        assertThat(allEvents()).isEqualTo(events);
    }

    @Test
    void refusesShortAndWeakPasswordsAndNamesEveryBadField() throws Exception {
        long events = allEvents();

        signUp("not-an-email", "short").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "password")));
        signUp(uniqueEmail(), "123456789012").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("signup.password.weak"));
        signUp(uniqueEmail(), "aaaaaaaaaaaaaaaa").andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/signup").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(uniqueEmail(), PASSWORD).replace("Europe/Paris", "Mars/Olympus")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));

        assertThat(allEvents()).isEqualTo(events);
    }

    @Test
    void refusesAnOrganizationWithoutNameAndLeavesNoLoginBehind() throws Exception {
        String email = uniqueEmail();

        mvc.perform(post("/api/signup").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body(email, PASSWORD).replace("Cabinet du Port", " ")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organizationName"));

        assertThatThrownBy(() -> logins.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void refusesASignupWithoutCsrfToken() throws Exception {
        mvc.perform(post("/api/signup").contentType(MediaType.APPLICATION_JSON).content(body(uniqueEmail(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageSignsUpAndSendsTheOwnerToTheLoginPage() throws Exception {
        mvc.perform(get("/signup")).andExpect(status().isOk());
        String email = uniqueEmail();

        mvc.perform(post("/signup").with(csrf()).param("organizationName", "Cabinet du Port").param("currency", "MAD")
                        .param("defaultLocale", "ar").param("locationName", "Tanger").param("timeZone", "Africa/Casablanca")
                        .param("displayName", "Salma Bennani").param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("message", "signup.done"));
        assertThat(logins.loadUserByUsername(email).displayName()).isEqualTo("Salma Bennani");

        mvc.perform(post("/signup").with(csrf()).param("organizationName", "Autre").param("currency", "EUR")
                        .param("defaultLocale", "fr").param("locationName", "Lyon").param("timeZone", "Europe/Paris")
                        .param("displayName", "Autre").param("email", email).param("password", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("signupForm", "email", "signup.email.taken"));
    }

    private ResultActions signUp(String email, String password) throws Exception {
        return mvc.perform(post("/api/signup").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body(email, password)));
    }

    private static String body(String email, String password) {
        return """
                {"organizationName": "Cabinet du Port", "currency": "EUR", "defaultLocale": "fr",
                 "locationName": "Marseille", "timeZone": "Europe/Paris", "displayName": "Inès Morel",
                 "email": "%s", "password": "%s"}
                """.formatted(email, password);
    }

    private static String uniqueEmail() {
        return "owner-" + UUID.randomUUID() + "@signup.example.org";
    }

    private java.util.List<String> eventTypes(String organization) {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE meta_data::jsonb ->> 'organizationId' = :org")
                .param("org", organization).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private long allEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }
}
