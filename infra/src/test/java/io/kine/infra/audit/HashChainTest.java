package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import io.kine.kernel.patients.UpdatePatientDetails;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every event is sealed into its organization's hash chain as it arrives, and verify finds
 * exactly the event that was altered or deleted behind the triggers' back (as a superuser
 * could, with triggers switched off through session_replication_role).
 */
@KineIntegrationTest
class HashChainTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired SystemCommands commands;
    @Autowired ChainVerifier verifier;
    @Autowired VerifyChainCommand command;
    @Autowired TransactionTemplate transaction;

    OrganizationId clinic;
    List<Long> events;

    @BeforeEach
    void aClinicWithAPatientWhoseDetailsChanged() {
        clinic = new TestClinics(context).aClinic().organizationId();
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic, details("Garcia")), clinic);
        Long version = commands.send(new UpdatePatientDetails(patient, clinic, details("Garcia-Lopez"), 0L), clinic);
        assertThat(version).isEqualTo(1L);
        events = jdbc.sql("SELECT global_index FROM domain_event_entry WHERE meta_data::jsonb ->> 'organizationId' = :org "
                        + "ORDER BY global_index").param("org", clinic.toString()).query(Long.class).list();
        await().atMost(Duration.ofSeconds(20)).until(() -> links() == events.size());
    }

    @Test
    void sealsEveryEventOfTheOrganizationInOrderAndFindsTheChainIntact() {
        ChainReport report = verifier.verify(clinic.value());

        assertThat(report.intact()).isTrue();
        assertThat(report.verifiedLinks()).isEqualTo(events.size());
        assertThat(report.lastGlobalIndex()).isEqualTo(events.get(events.size() - 1));
        assertThat(report.headHash()).hasSize(64).isEqualTo(jdbc.sql("""
                SELECT encode(link_hash, 'hex') FROM audit.event_chain WHERE organization_id = :org
                ORDER BY link_number DESC LIMIT 1""").param("org", clinic.value()).query(String.class).single());
        assertThat(jdbc.sql("SELECT global_index FROM audit.event_chain WHERE organization_id = :org ORDER BY link_number")
                .param("org", clinic.value()).query(Long.class).list()).isEqualTo(events);
    }

    @Test
    void recomputesTheFirstLinkFromTheCanonicalBytesOfTheEvent() {
        CanonicalEvent first = jdbc.sql("SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry WHERE global_index = :i")
                .param("i", events.get(0)).query((row, n) -> CanonicalEvent.from(row)).single();

        assertThat(jdbc.sql("SELECT link_hash FROM audit.event_chain WHERE global_index = :i").param("i", events.get(0))
                .query(byte[].class).single()).isEqualTo(ChainLinks.next(ChainLinks.GENESIS, first));
    }

    @Test
    void anAuditorCanRecomputeALinkInPlainSqlAsTheDataDictionaryShows() {
        byte[] computed = jdbc.sql("""
                WITH e AS (SELECT * FROM domain_event_entry WHERE global_index = :global_index),
                     f(n, v) AS (SELECT x.n, x.v FROM e, LATERAL (VALUES (1, e.event_identifier), (2, e.aggregate_identifier),
                         (3, e.sequence_number::text), (4, e.type), (5, e.payload_type), (6, e.payload_revision),
                         (7, e.payload), (8, e.meta_data), (9, e.time_stamp)) AS x(n, v))
                SELECT sha256(:previous_link_hash || convert_to('kine.event.v1', 'SQL_ASCII') || string_agg(
                         CASE WHEN v IS NULL THEN '\\xffffffff'::bytea
                              ELSE int4send(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8') END, ''::bytea ORDER BY n))
                FROM f
                """).param("global_index", events.get(0)).param("previous_link_hash", ChainLinks.GENESIS)
                .query(byte[].class).single();

        assertThat(computed).isEqualTo(jdbc.sql("SELECT link_hash FROM audit.event_chain WHERE global_index = :i")
                .param("i", events.get(0)).query(byte[].class).single());
    }

    @Test
    void pointsAtExactlyTheEventThatWasAlteredBehindTheTrigger() {
        long altered = events.get(events.size() - 2);
        behindTheTriggers("UPDATE domain_event_entry SET time_stamp = '2020-01-01T09:00:00.000Z' "
                + "WHERE global_index = " + altered);

        ChainReport report = verifier.verify(clinic.value());

        assertThat(report.intact()).isFalse();
        assertThat(report.breach().problem()).isEqualTo(ChainReport.Problem.EVENT_ALTERED);
        assertThat(report.breach().globalIndex()).isEqualTo(altered);
        assertThat(report.breach().linkNumber()).isEqualTo(events.size() - 1);
        assertThat(report.verifiedLinks()).isEqualTo(events.size() - 2);
    }

    @Test
    void pointsAtTheEventThatWasDeletedBehindTheTrigger() {
        long deleted = events.get(1);
        String identifier = jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE global_index = :i")
                .param("i", deleted).query(String.class).single();
        behindTheTriggers("DELETE FROM domain_event_entry WHERE global_index = " + deleted);

        ChainReport report = verifier.verify(clinic.value());

        assertThat(report.intact()).isFalse();
        assertThat(report.breach().problem()).isEqualTo(ChainReport.Problem.EVENT_MISSING);
        assertThat(report.breach().globalIndex()).isEqualTo(deleted);
        assertThat(report.breach().eventIdentifier()).isEqualTo(identifier);
        assertThat(report.breach().linkNumber()).isEqualTo(2);
        assertThat(report.verifiedLinks()).isEqualTo(1);
    }

    @Test
    void theAdminCommandPrintsTheBrokenOrganizationAndFails() {
        behindTheTriggers("UPDATE domain_event_entry SET payload = payload || ' ' WHERE global_index = " + events.get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = command.verifyAll(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("organization " + clinic + ": BROKEN at link 1, event " + events.get(0))
                .contains("EVENT_ALTERED");
    }

    @Test
    void refusesToRewriteTheChainItself() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                        "UPDATE audit.event_chain SET link_hash = link_hash WHERE organization_id = :org")
                        .param("org", clinic.value()).update())
                .rootCause().hasMessageContaining("append-only");
    }

    /** What only a superuser can do: switch triggers off for one transaction and change the trail. */
    private void behindTheTriggers(String sql) {
        assumeThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single())
                .as("tampering behind the triggers needs a superuser test database").isTrue();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }

    private long links() {
        return jdbc.sql("SELECT count(*) FROM audit.event_chain WHERE organization_id = :org")
                .param("org", clinic.value()).query(Long.class).single();
    }

    private static PatientDetails details(String lastName) {
        return new PatientDetails("Inès", lastName, LocalDate.of(2001, 7, 9), Sex.FEMALE, null, null, null, null);
    }
}
