package io.kine.infra.audit;

import io.kine.command.patients.PatientNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.audit.RetentionPolicyView;
import io.kine.kernel.audit.SetRetentionPolicy;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ErasePatient;
import io.kine.kernel.patients.ErasureOutcome;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sends erasure and retention commands for the web layer and waits until the read model shows them. */
@Component
class Erasures {

    /** The patient as the erasure page shows them. */
    record Subject(PatientId patientId, String name, LocalDate dateOfBirth, boolean erased) {
    }

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final ReadModelQueries readModel;
    private final JdbcRetentionPeriods retention;

    Erasures(CommandGateway commands, JdbcClient jdbc, ReadModelQueries readModel, JdbcRetentionPeriods retention) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.readModel = readModel;
        this.retention = retention;
    }

    Subject subject(OrganizationId organization, PatientId patient) {
        return jdbc.sql("""
                SELECT first_name, last_name, date_of_birth FROM read_model.patient
                WHERE patient_id = :id AND organization_id = :org
                """)
                .param("id", patient.value()).param("org", organization.value())
                .query((row, n) -> new Subject(patient, row.getString(1) + " " + row.getString(2),
                        row.getObject(3, LocalDate.class), PersonalDataVault.ERASED.equals(row.getString(1))))
                .optional().orElseThrow(() -> new PatientNotFound(patient));
    }

    ErasureOutcome erase(OrganizationId organization, PatientId patient, String reason) {
        subject(organization, patient);
        ErasureOutcome outcome = commands.sendAndWait(new ErasePatient(patient, organization, reason));
        if (outcome.erased()) {
            readModel.awaitUntil(() -> subject(organization, patient), Subject::erased);
        }
        return outcome;
    }

    /** Until when the patient's record must be kept, as an erasure would compute it now. */
    LocalDate retainedUntil(OrganizationId organization, Subject subject) {
        return retention.retainedUntil(organization, subject.patientId(), subject.dateOfBirth());
    }

    RetentionPolicyView policy(OrganizationId organization) {
        return retention.policyOf(organization);
    }

    void setPolicy(OrganizationId organization, int years, int age) {
        commands.sendAndWait(new SetRetentionPolicy(organization, years, age));
    }
}
