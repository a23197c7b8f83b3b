package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.kernel.identity.Role;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.session.SessionRepository;

/** Logging in over real HTTP: CSRF-protected form, hashed passwords, the session kept in Redis. */
@KineIntegrationTest
class FormLoginTest {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired StringRedisTemplate redis;
    @Autowired SessionRepository<?> sessions;

    CookieManager cookies;
    HttpClient http;
    String email;

    @BeforeEach
    void aBrowserWithoutSession() {
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        email = new TestClinics(context).aClinic().user(Role.PRACTITIONER).getUsername();
    }

    @Test
    void logsInWithTheRightPasswordAndKeepsTheSessionInRedis() throws Exception {
        HttpResponse<String> login = logIn(email, TestClinics.PASSWORD, csrfToken());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        assertThat(get("/patients").statusCode()).isEqualTo(200);
        String sessionId = new String(Base64.getDecoder().decode(sessionCookie().getValue()), StandardCharsets.UTF_8);
        assertThat(redis.hasKey("spring:session:sessions:" + sessionId)).isTrue();
    }

    @Test
    void givesTheSessionANewIdAtLogin() throws Exception {
        String csrf = csrfToken();
        String beforeLogin = sessionCookie().getValue();

        logIn(email, TestClinics.PASSWORD, csrf);

        assertThat(sessionCookie().getValue()).isNotEqualTo(beforeLogin);
        assertThat(redis.hasKey("spring:session:sessions:" + decode(beforeLogin))).isFalse();
        assertThat(get("/patients").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        HttpResponse<String> login = logIn(email, "not-the-password", csrfToken());

        assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login?error");
        assertThat(get("/patients").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesALoginFormPostedWithoutItsCsrfToken() throws Exception {
        csrfToken();

        assertThat(logIn(email, TestClinics.PASSWORD, "forged").statusCode()).isEqualTo(403);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        logIn(email, TestClinics.PASSWORD, csrfToken());
        String sessionId = new String(Base64.getDecoder().decode(sessionCookie().getValue()), StandardCharsets.UTF_8);
        Matcher token = CSRF.matcher(get("/").body());
        assertThat(token.find()).isTrue();

        post("/logout", "_csrf=" + token.group(1));

        // the indexed store keeps an ended session's key a few minutes for its expiry events, unusable
        assertThat(sessions.findById(sessionId)).isNull();
        assertThat(get("/patients").statusCode()).isEqualTo(302);
    }

    private String csrfToken() throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> logIn(String user, String password, String csrf) throws Exception {
        return post("/login", "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf));
    }

    private HttpResponse<String> get(String path) throws Exception {
        // as a browser asks for a page: an API client (no text/html) gets 401 instead of the login page
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")).findFirst()
                .orElseThrow();
    }

    private static String decode(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
