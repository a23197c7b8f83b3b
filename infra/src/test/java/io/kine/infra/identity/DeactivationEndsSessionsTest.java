package io.kine.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.DeactivateUser;
import io.kine.kernel.identity.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Over real HTTP with sessions in Redis: deactivating a person ends the sessions they have open. */
@KineIntegrationTest
class DeactivationEndsSessionsTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SystemCommands commands;

    Clinic clinic;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
    }

    @Test
    void endsEverySessionOfTheDeactivatedPersonAndNoOneElses() throws Exception {
        HttpClient office = loggedIn(clinic.user(Role.ASSISTANT).getUsername());
        HttpClient home = loggedIn(clinic.user(Role.ASSISTANT).getUsername());
        HttpClient colleague = loggedIn(clinic.user(Role.PRACTITIONER).getUsername());
        assertThat(get(office, "/patients").statusCode()).isEqualTo(200);

        commands.send(new DeactivateUser(clinic.user(Role.ASSISTANT).userId(), clinic.organizationId()),
                clinic.organizationId());

        assertThat(get(office, "/patients").statusCode()).isEqualTo(302);
        assertThat(get(home, "/patients").statusCode()).isEqualTo(302);
        assertThat(get(colleague, "/patients").statusCode()).isEqualTo(200);
    }

    @Test
    void aRefusedDeactivationEndsNoSession() throws Exception {
        HttpClient owner = loggedIn(clinic.user(Role.OWNER).getUsername());

        // the only owner cannot be deactivated: the command is refused and the session stays
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.send(
                new DeactivateUser(clinic.user(Role.OWNER).userId(), clinic.organizationId()), clinic.organizationId()));

        assertThat(get(owner, "/patients").statusCode()).isEqualTo(200);
    }

    private HttpClient loggedIn(String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get(http, "/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                        + encode(TestClinics.PASSWORD) + "&_csrf=" + encode(token.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        return http;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
