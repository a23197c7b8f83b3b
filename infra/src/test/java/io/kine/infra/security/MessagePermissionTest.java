package io.kine.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kine.command.AccessDenied;
import io.kine.infra.KineIntegrationTest;
import io.kine.infra.TestClinics;
import io.kine.infra.TestClinics.Clinic;
import io.kine.infra.messaging.MessageMetadata;
import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.identity.Role;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ArchivePatient;
import io.kine.kernel.patients.FindPatients;
import io.kine.kernel.patients.GetPatient;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientPage;
import io.kine.kernel.patients.PatientSort;
import io.kine.kernel.patients.PatientView;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The second line of defence: commands and queries sent straight to the buses, skipping every
 * controller, are refused when the sender's roles lack the permission, and leave no event.
 */
@KineIntegrationTest
class MessagePermissionTest {

    @Autowired ApplicationContext context;
    @Autowired CommandGateway commands;
    @Autowired QueryGateway queries;
    @Autowired SystemCommands systemCommands;
    @Autowired JdbcClient jdbc;

    Clinic clinic;
    OrganizationId organization;

    @BeforeEach
    void aClinicOfItsOwn() {
        clinic = new TestClinics(context).aClinic();
        organization = clinic.organizationId();
    }

    @Test
    void refusesARegistrationSentByAnAuditorAndAppendsNoEvent() {
        PatientId patient = PatientId.random();

        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage
                .asCommandMessage(new RegisterPatient(patient, organization, details()))
                .andMetaData(as(Role.AUDITOR))))
                .isInstanceOf(AccessDenied.class);
        assertThat(eventsOf(patient)).isZero();
    }

    @Test
    void refusesArchivingByAPatientAndLeavesTheRecordUntouched() {
        PatientId patient = PatientId.random();
        systemCommands.send(new RegisterPatient(patient, organization, details()), organization);

        assertThatThrownBy(() -> commands.sendAndWait(GenericCommandMessage
                .asCommandMessage(new ArchivePatient(patient, organization))
                .andMetaData(as(Role.PATIENT))))
                .isInstanceOf(AccessDenied.class);
        assertThat(eventsOf(patient)).isEqualTo(1);
    }

    @Test
    void acceptsTheSameCommandFromARoleThatGrantsIt() {
        PatientId patient = PatientId.random();

        commands.sendAndWait(GenericCommandMessage
                .asCommandMessage(new RegisterPatient(patient, organization, details()))
                .andMetaData(as(Role.ASSISTANT)));

        assertThat(eventsOf(patient)).isEqualTo(1);
    }

    @Test
    void refusesQueriesFromARoleWithoutPatientRead() {
        FindPatients find = new FindPatients(organization, null, false, PatientSort.LAST_NAME, false, 1, 20);
        GetPatient get = new GetPatient(organization, PatientId.random());

        assertThatThrownBy(() -> queries.query(message(find, Role.PATIENT), ResponseTypes.instanceOf(PatientPage.class))
                .join()).hasCauseInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> queries.query(message(get, Role.PATIENT),
                ResponseTypes.optionalInstanceOf(PatientView.class)).join()).hasCauseInstanceOf(AccessDenied.class);
        assertThat(queries.query(message(find, Role.AUDITOR), ResponseTypes.instanceOf(PatientPage.class)).join())
                .isNotNull();
    }

    private Message<?> message(Object query, Role role) {
        return GenericMessage.asMessage(query).andMetaData(as(role));
    }

    /** Metadata as a person with only {@code role} would send it, built by hand as any other entry point could. */
    private Map<String, String> as(Role role) {
        return Map.of(MessageMetadata.ACTOR_ID, clinic.user(role).userId().toString(),
                MessageMetadata.ACTOR_ROLES, role.name(),
                MessageMetadata.ORGANIZATION_ID, organization.toString());
    }

    private long eventsOf(PatientId patient) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", patient.toString()).query(Long.class).single();
    }

    private static PatientDetails details() {
        return new PatientDetails("Nadia", "Berrada", LocalDate.of(1990, 5, 17), Sex.FEMALE, null, null, null, null);
    }
}
