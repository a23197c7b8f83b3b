package io.kine.infra.reporting;

import io.kine.kernel.organization.OrganizationId;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Dashboards cached in Redis. The key holds the organization's KPI and billing generations
 * (each bumped by its projection in the same transaction as every change it makes), the
 * versions of its catalog and staff (their names label figures) and a rebuild epoch (bumped
 * when a projection is swapped in), so a new event or a rebuild makes old entries unreachable
 * at once; they expire on their own. Redis being down only costs the cache.
 */
@Component
public class DashboardCache {

    static final String EPOCH_KEY = "kine:reporting:epoch";
    private static final Logger log = LoggerFactory.getLogger(DashboardCache.class);

    private final StringRedisTemplate redis;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Duration ttl;

    DashboardCache(StringRedisTemplate redis, JdbcClient jdbc, ObjectMapper json,
            @Value("${kine.reporting.cache-ttl:PT1H}") Duration ttl) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.json = json;
        this.ttl = ttl;
    }

    /** The cached answer to {@code question} (the query's text), computed and stored when missing or stale. */
    public <T> T get(OrganizationId organization, String question, Class<T> type, Supplier<T> compute) {
        String key;
        String cached;
        try {
            key = "kine:reporting:" + organization.value() + ":" + epoch() + ":" + generation(organization) + ":"
                    + question;
            cached = redis.opsForValue().get(key);
        } catch (RuntimeException redisDown) {
            log.warn("Dashboard cache unavailable: {}", redisDown.getClass().getSimpleName());
            return compute.get();
        }
        if (cached != null) {
            return json.readValue(cached, type);
        }
        T value = compute.get();
        try {
            redis.opsForValue().set(key, json.writeValueAsString(value), ttl);
        } catch (RuntimeException redisDown) {
            log.warn("Dashboard not cached: {}", redisDown.getClass().getSimpleName());
        }
        return value;
    }

    /** Called after a projection's tables were swapped: every cached figure may be stale. */
    void invalidateAll() {
        redis.opsForValue().increment(EPOCH_KEY);
    }

    private String epoch() {
        String epoch = redis.opsForValue().get(EPOCH_KEY);
        return epoch == null ? "0" : epoch;
    }

    /**
     * What the cached figures were computed from, in one query: the KPI and billing generations
     * (each bumped by its projection in the same transaction as its changes), and the versions of
     * the catalog and of the staff, whose names label the top services and the practitioners, and
     * the day, since balances age by it.
     */
    private String generation(OrganizationId organization) {
        return jdbc.sql("""
                SELECT coalesce((SELECT generation FROM read_model.kpi_generation WHERE organization_id = :id), 0)
                    || '.' || coalesce((SELECT generation FROM read_model.billing_generation WHERE organization_id = :id), 0)
                    || '.' || (SELECT count(*) || '-' || coalesce(sum(version), 0) FROM read_model.product
                               WHERE organization_id = :id)
                    || '.' || (SELECT count(*) || '-' || coalesce(sum(version), 0) FROM read_model.staff_member
                               WHERE organization_id = :id)
                    || '.' || current_date
                """).param("id", organization.value()).query(String.class).single();
    }
}
