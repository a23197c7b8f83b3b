package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.infra.KineApplication;
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
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two Kine nodes behind one load balancer: a second application on the same PostgreSQL and
 * Redis accepts the session opened on the first, so a request may land on either node.
 */
@KineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionsTest {

    @LocalServerPort int portOfNodeA;
    @Autowired ApplicationContext nodeA;

    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startASecondNodeOnTheSameServers() {
        Environment first = nodeA.getEnvironment();
        nodeB = new SpringApplicationBuilder(KineApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + first.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
                "--spring.data.redis.url=" + first.getProperty("spring.data.redis.url"),
                "--kine.database.throwaway=false");
    }

    @AfterAll
    void stopTheSecondNode() {
        nodeB.close();
    }

    @Test
    void acceptsOnNodeBTheSessionOpenedOnNodeA() throws Exception {
        String email = new TestClinics(nodeA).aClinic().user(Role.ASSISTANT).getUsername();
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        Matcher csrf = FormLoginTest.CSRF.matcher(browser.send(HttpRequest.newBuilder(on(portOfNodeA, "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(on(portOfNodeA, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password="
                        + encode(TestClinics.PASSWORD) + "&_csrf=" + encode(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("SESSION")).findFirst().orElseThrow();

        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(on(portOfNodeB(), "/api/auth/me"))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"" + email + "\"").contains("\"ASSISTANT\"");
    }

    @Test
    void refusesOnNodeBARequestWithoutSession() throws Exception {
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(on(portOfNodeB(), "/api/auth/me"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(401);
    }

    private int portOfNodeB() {
        return Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
    }

    private static URI on(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
