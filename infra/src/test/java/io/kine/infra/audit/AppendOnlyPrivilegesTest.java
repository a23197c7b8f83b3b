package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.kine.infra.KineIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Append-only by privileges as well as by triggers: neither PUBLIC nor the owner (the role Kine
 * connects as) holds UPDATE, DELETE or TRUNCATE on the audit tables, and PostgreSQL itself
 * refuses a role that has only what the application needs (SELECT, INSERT) before any trigger
 * runs. Superusers ignore privileges: that limit is what the hash chain covers.
 */
@KineIntegrationTest
class AppendOnlyPrivilegesTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @ParameterizedTest
    @ValueSource(strings = {"public.domain_event_entry", "audit.event_chain", "audit.chart_access"})
    void nobodyHoldsUpdateDeleteOrTruncateOnTheTrailNotEvenItsOwner(String table) {
        List<String> privileges = jdbc.sql("""
                SELECT coalesce(grantee.rolname, 'PUBLIC') || ':' || acl.privilege_type
                FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) acl
                LEFT JOIN pg_roles grantee ON grantee.oid = acl.grantee
                WHERE c.oid = CAST(:table AS regclass)
                """).param("table", table).query(String.class).list();

        assertThat(privileges).isNotEmpty().noneMatch(p -> p.endsWith(":UPDATE") || p.endsWith(":DELETE")
                || p.endsWith(":TRUNCATE"));
        assertThat(privileges).anyMatch(p -> p.endsWith(":INSERT")).anyMatch(p -> p.endsWith(":SELECT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UPDATE domain_event_entry SET payload = payload", "DELETE FROM domain_event_entry",
            "TRUNCATE domain_event_entry", "DELETE FROM audit.event_chain", "UPDATE audit.chart_access SET channel = 'web'"})
    void postgresRefusesAnApplicationRoleByPrivilegeBeforeAnyTrigger(String change) {
        assumeThat(jdbc.sql("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).as("creating a probe role needs CREATEROLE").isTrue();
        String role = "kine_probe_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE ROLE " + role + " NOLOGIN").update();
        try {
            jdbc.sql("GRANT USAGE ON SCHEMA audit TO " + role).update();
            jdbc.sql("GRANT SELECT, INSERT ON domain_event_entry, audit.event_chain, audit.chart_access TO " + role).update();

            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                jdbc.sql("SET LOCAL ROLE " + role).update();
                jdbc.sql(change + (change.startsWith("TRUNCATE") ? "" : " WHERE false")).update();
            })).rootCause().hasMessageContaining("permission denied");
        } finally {
            jdbc.sql("DROP OWNED BY " + role).update();
            jdbc.sql("DROP ROLE " + role).update();
        }
    }
}
