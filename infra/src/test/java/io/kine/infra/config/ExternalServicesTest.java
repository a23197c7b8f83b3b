package io.kine.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.kine.infra.KineApplication;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production path: with addresses configured, Kine uses those servers and starts nothing
 * embedded. Runs when {@code KINE_EXTERNAL_DB_URL} and {@code KINE_EXTERNAL_REDIS_URL} name a
 * PostgreSQL and a Redis (CI points them at the machine's own); the test creates a throwaway
 * database there and drops it when the JVM ends.
 */
@EnabledIfEnvironmentVariable(named = "KINE_EXTERNAL_DB_URL", matches = "jdbc:postgresql:.+")
@EnabledIfEnvironmentVariable(named = "KINE_EXTERNAL_REDIS_URL", matches = "redis://.+")
class ExternalServicesTest {

    static ConfigurableApplicationContext kine;

    @BeforeAll
    static void startKineOnTheConfiguredServers() {
        kine = new SpringApplicationBuilder(KineApplication.class).profiles("test").run(
                "--server.port=0",
                "--kine.db.url=" + System.getenv("KINE_EXTERNAL_DB_URL"),
                "--kine.db.username=" + env("KINE_EXTERNAL_DB_USERNAME", "postgres"),
                "--kine.db.password=" + env("KINE_EXTERNAL_DB_PASSWORD", ""),
                "--kine.redis.url=" + System.getenv("KINE_EXTERNAL_REDIS_URL"),
                "--kine.database.throwaway=true");
    }

    @AfterAll
    static void stop() {
        kine.close();
    }

    @Test
    void usesAThrowawayDatabaseOnTheConfiguredServer() {
        String url = ((HikariDataSource) kine.getBean(DataSource.class)).getJdbcUrl();
        String configuredHost = URI.create(System.getenv("KINE_EXTERNAL_DB_URL").substring("jdbc:".length())).getHost();

        assertThat(url).contains("//" + configuredHost).containsPattern("/kine_test_[0-9a-f]{12}");
    }

    @Test
    void usesTheConfiguredRedis() {
        LettuceConnectionFactory redis = (LettuceConnectionFactory) kine.getBean(RedisConnectionFactory.class);
        URI configured = URI.create(System.getenv("KINE_EXTERNAL_REDIS_URL"));

        assertThat(redis.getHostName()).isEqualTo(configured.getHost());
        assertThat(redis.getPort()).isEqualTo(configured.getPort());
    }

    @Test
    void recordsAndProjectsAPatient() {
        OrganizationId clinic = new TestClinics(kine).aClinic().organizationId();
        PatientId patient = PatientId.random();
        kine.getBean(SystemCommands.class).send(new RegisterPatient(patient, clinic,
                new PatientDetails("Zineb", "Fassi", LocalDate.of(1992, 4, 1), Sex.FEMALE, null, null, null, null)), clinic);

        JdbcClient jdbc = kine.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc
                .sql("SELECT count(*) FROM read_model.patient WHERE patient_id = :id")
                .param("id", patient.value()).query(Long.class).single() == 1);
    }

    @Test
    void reportsBothServersHealthy() throws Exception {
        String port = kine.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\":{\"status\":\"UP\"").contains("\"redis\":{\"status\":\"UP\"");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
