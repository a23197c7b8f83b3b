package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.kernel.identity.Role;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Failed logins counted in the real Redis: first slowed down, then locked, per account and per address. */
@KineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired StringRedisTemplate redis;

    Clinic clinic;
    String email;
    String address;

    @BeforeEach
    void anAccountAndAnAddressOfTheirOwn() {
        clinic = new TestClinics(context).aClinic();
        email = clinic.user(Role.PRACTITIONER).getUsername();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void letsTheRightPasswordInAfterAFewMistakes() throws Exception {
        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong").andExpect(redirectedUrl("/login?error"));
        }

        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void slowsDownAfterFiveFailuresEvenForTheRightPasswordThenLetsItInOnceTheWaitIsOver() throws Exception {
        for (int i = 0; i < 5; i++) {
            logIn(email, "wrong").andExpect(redirectedUrl("/login?error"));
        }

        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/login?slowed"));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> !redis.hasKey(accountKey() + ":wait"));
        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void locksTheAccountAfterTenFailuresForFifteenMinutesAndLogsItWithoutTheEmail(CapturedOutput log) throws Exception {
        for (int i = 0; i < 10; i++) {
            logIn(email, "wrong");
        }

        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        assertThat(redis.getExpire(accountKey() + ":locked", TimeUnit.SECONDS)).isBetween(14 * 60L, 15 * 60L);
        assertThat(log.getOut()).contains("Login locked for PT15M after 10 failed attempts: account "
                + LoginThrottle.hashOf(email) + " from " + address);
        assertThat(log.getOut()).doesNotContain(email);
    }

    @Test
    void locksTheAccountFromEveryAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            logIn(email, "wrong");
        }

        logIn(email, TestClinics.PASSWORD, "192.0.2.77").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void countsSpellingVariantsOfTheEmailAsOneAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            logIn(email.toUpperCase(), "wrong");
        }

        logIn(" " + email + " ", TestClinics.PASSWORD).andExpect(redirectedUrl("/login?slowed"));
    }

    @Test
    void clearsTheAccountCountOnSuccess() throws Exception {
        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong");
        }
        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong").andExpect(redirectedUrl("/login?error"));
        }

        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void locksAnAddressThatTriesManyAccounts() throws Exception {
        for (int i = 0; i < 40; i++) {
            logIn("nobody-" + UUID.randomUUID() + "@test.kine.local", "guess");
        }

        logIn(email, TestClinics.PASSWORD).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void explainsTheLockOnTheLoginPage() throws Exception {
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Login blocked for a while after too many failed attempts")));
        mvc.perform(get("/login").param("slowed", "").param("lang", "fr"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trop de tentatives échouées")));
    }

    private ResultActions logIn(String user, String password) throws Exception {
        return logIn(user, password, address);
    }

    private ResultActions logIn(String user, String password, String from) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }));
    }

    private String accountKey() {
        return "kine:login:account:" + LoginThrottle.hashOf(email);
    }
}
