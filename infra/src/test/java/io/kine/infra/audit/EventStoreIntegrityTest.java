package io.kine.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.MissingActor;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event table is the audit trail: the database itself keeps it append-only and attributed. */
@KineIntegrationTest
class EventStoreIntegrityTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired SystemCommands commands;
    @Autowired CommandGateway gateway;

    PatientId patient;

    @BeforeEach
    void anEventInTheStore() {
        OrganizationId clinic = new TestClinics(context).aClinic().organizationId();
        patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic, details()), clinic);
    }

    @Test
    void rejectsUpdatingAnEvent() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void rejectsDeletingAnEvent() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void rejectsTruncatingTheEventTable() {
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE domain_event_entry").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectsAnEventWithoutActorOrganizationOrRequestEvenWhenWrittenBySql() {
        assertThatThrownBy(() -> insertEventWithMetadata("{\"organizationId\": \"x\"}"))
                .rootCause().hasMessageContaining("chk_domain_event_entry_actor");
        assertThatThrownBy(() -> insertEventWithMetadata("{\"actorId\": \"x\", \"requestId\": \"r\"}"))
                .rootCause().hasMessageContaining("chk_domain_event_entry_organization");
        assertThatThrownBy(() -> insertEventWithMetadata("{\"actorId\": \"x\", \"organizationId\": \"x\"}"))
                .rootCause().hasMessageContaining("chk_domain_event_entry_request");
    }

    @Test
    void refusesACommandSentWithNoLoginAndNoActorBeforeAnyHandlerRuns() {
        OrganizationId clinic = OrganizationId.random();
        PatientId orphan = PatientId.random();

        assertThatThrownBy(() -> gateway.sendAndWait(new RegisterPatient(orphan, clinic, details())))
                .isInstanceOf(MissingActor.class);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", orphan.toString()).query(Long.class).single()).isZero();
    }

    @Test
    void everyStoredEventCarriesActorOrganizationAndRequestId() {
        long unattributed = jdbc.sql("""
                SELECT count(*) FROM domain_event_entry
                WHERE meta_data::jsonb ->> 'actorId' IS NULL OR meta_data::jsonb ->> 'organizationId' IS NULL
                   OR meta_data::jsonb ->> 'requestId' IS NULL
                """).query(Long.class).single();

        assertThat(unattributed).isZero();
    }

    private void insertEventWithMetadata(String metadata) {
        jdbc.sql("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data,
                    payload, payload_type, time_stamp)
                VALUES (gen_random_uuid()::text, 0, 'Patient', gen_random_uuid()::text, :metadata, '{}', 'x', '2026-01-01T00:00:00Z')
                """).param("metadata", metadata).update();
    }

    private static PatientDetails details() {
        return new PatientDetails("Inès", "Garcia", LocalDate.of(2001, 7, 9), Sex.FEMALE, null, null, null, null);
    }
}
