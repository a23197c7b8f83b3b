package io.kine.infra.audit;

import static org.awaitility.Awaitility.await;

import io.kine.kernel.organization.OrganizationId;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting helpers for audit tests: the chain processor runs asynchronously. */
final class Audits {

    private Audits() {
    }

    /** Until every event of the organization is sealed in its chain. */
    static void awaitChained(JdbcClient jdbc, OrganizationId organization) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(*) FROM domain_event_entry e WHERE e.meta_data::jsonb ->> 'organizationId' = :org
                  AND NOT EXISTS (SELECT 1 FROM audit.event_chain c WHERE c.global_index = e.global_index)
                """).param("org", organization.toString()).query(Long.class).single() == 0);
    }
}
