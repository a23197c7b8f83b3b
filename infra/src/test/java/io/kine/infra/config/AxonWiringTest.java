package io.kine.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Under Spring Boot 4, Axon's JDBC and transaction auto-configuration silently does not apply.
 * These tests fail if any piece we declare ourselves goes missing, and prove that a command
 * failing after its events were written leaves nothing behind.
 */
@KineIntegrationTest
class AxonWiringTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired CommandBus commandBus;
    @Autowired SystemCommands commands;

    @Test
    void storesEventsTokensAndSagasInPostgresqlWithSpringTransactions() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void runsThePatientProjectionAsAReplayableStreamingProcessor() {
        assertThat(context.getBean(EventProcessingConfiguration.class).eventProcessor("patient"))
                .get().isInstanceOf(PooledStreamingEventProcessor.class);
    }

    @Test
    void storesEventsAsJsonAnAuditorCanQuery() {
        OrganizationId clinic = new TestClinics(context).aClinic().organizationId();
        PatientId patient = PatientId.random();
        commands.send(new RegisterPatient(patient, clinic, details()), clinic);

        String lastName = jdbc.sql("""
                SELECT payload::jsonb -> 'details' ->> 'lastName' FROM domain_event_entry
                WHERE aggregate_identifier = :id AND payload::jsonb ->> 'patientId' = :id
                """).param("id", patient.toString()).query(String.class).single();
        String sex = jdbc.sql("SELECT payload::jsonb -> 'details' ->> 'sex' FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).query(String.class).single();

        // personal data is sealed with the patient's key (crypto-shredding); the rest stays plain JSON
        assertThat(lastName).startsWith("kine:pd:v1:" + patient + ":").doesNotContain("Haddad");
        assertThat(sex).isNotBlank().doesNotStartWith("kine:pd:");
    }

    @Test
    void aCommandFailingAfterItsEventsWereWrittenLeavesNoEventAndNoProjectionRow() {
        OrganizationId clinic = new TestClinics(context).aClinic().organizationId();
        PatientId patient = PatientId.random();
        // Fails in the commit phase, after the event store has inserted the event rows:
        // only a real transaction around both can take them back.
        MessageHandlerInterceptor<CommandMessage<?>> failLate = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            unitOfWork.onPrepareCommit(u -> {
                throw new IllegalStateException("simulated failure after append");
            });
            return result;
        };
        Registration registration = commandBus.registerHandlerInterceptor(failLate);
        try {
            assertThatThrownBy(() -> commands.send(new RegisterPatient(patient, clinic, details()), clinic))
                    .hasMessageContaining("simulated failure");
        } finally {
            registration.cancel();
        }

        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id", patient)).isZero();
        assertThat(count("SELECT count(*) FROM read_model.patient WHERE patient_id = :id::uuid", patient)).isZero();
    }

    private long count(String sql, PatientId patient) {
        return jdbc.sql(sql).param("id", patient.toString()).query(Long.class).single();
    }

    static PatientDetails details() {
        return new PatientDetails("Rachid", "Haddad", LocalDate.of(1990, 5, 17), Sex.MALE, null, null, null, null);
    }
}
