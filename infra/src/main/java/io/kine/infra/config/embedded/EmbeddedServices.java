package io.kine.infra.config.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Zero set-up: before the application context exists, points the data source and Redis at the
 * configured servers, or starts embedded ones when none is configured, and says where they are.
 *
 * <p>{@code KINE_DB_URL} / {@code KINE_REDIS_URL} (or Spring's own properties) name real servers.
 * With {@code kine.database.throwaway=true}, used by the tests, a configured server gets a
 * fresh database for this run and the embedded server a temporary data folder.
 */
class EmbeddedServices implements EnvironmentPostProcessor {

    private final Log log;

    EmbeddedServices(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedServices.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean throwaway = environment.getProperty("kine.database.throwaway", Boolean.class, false);
        Path dataDirectory = Path.of(environment.getProperty("kine.embedded.data-dir", ".kine"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", databaseUrl(environment, dataDirectory, throwaway, properties));
        if (!hasText(environment, "spring.data.redis.url") && !hasText(environment, "spring.data.redis.host")) {
            String redis = hasText(environment, "kine.redis.url") ? environment.getProperty("kine.redis.url")
                    : EmbeddedRedisServer.url(throwaway ? null : dataDirectory.resolve("redis"));
            properties.put("spring.data.redis.url", redis);
            log.info("Redis: " + redis);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("kineServices", properties));
    }

    private String databaseUrl(ConfigurableEnvironment environment, Path dataDirectory, boolean throwaway,
            Map<String, Object> properties) {
        String configured = first(environment, "spring.datasource.url", "kine.db.url");
        if (configured == null) {
            Path folder = throwaway ? null : dataDirectory.resolve("postgres");
            String url = EmbeddedPostgresServer.jdbcUrl(folder, "kine");
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            log.info("PostgreSQL (embedded, data in " + (folder == null ? "a temporary folder" : folder.toAbsolutePath())
                    + "): " + url);
            return url;
        }
        String user = first(environment, "spring.datasource.username", "kine.db.username");
        String password = first(environment, "spring.datasource.password", "kine.db.password");
        properties.put("spring.datasource.username", user == null ? "" : user);
        properties.put("spring.datasource.password", password == null ? "" : password);
        String url = throwaway ? ThrowawayDatabase.on(configured, user, password) : configured;
        log.info("PostgreSQL: " + url);
        return url;
    }

    private static String first(ConfigurableEnvironment environment, String... keys) {
        for (String key : keys) {
            if (hasText(environment, key)) {
                return environment.getProperty(key);
            }
        }
        return null;
    }

    private static boolean hasText(ConfigurableEnvironment environment, String key) {
        String value = environment.getProperty(key);
        return value != null && !value.isBlank();
    }
}
