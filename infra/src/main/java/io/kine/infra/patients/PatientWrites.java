package io.kine.infra.patients;

import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ArchivePatient;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.RestorePatient;
import io.kine.kernel.patients.UpdatePatientDetails;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/**
 * The patient commands the web layer sends. Each returns the aggregate version after the
 * change, for read-your-writes.
 *
 * <p>A registration is keyed by an idempotency key (the form's id, or the API's
 * {@code Idempotency-Key}): the same key always names the same patient, so a double submit or
 * a retried request finds the patient the first attempt created instead of making a second.
 */
@Component
class PatientWrites {

    private final CommandGateway commands;

    PatientWrites(CommandGateway commands) {
        this.commands = commands;
    }

    /** The patient id an idempotency key stands for within one organization. */
    static PatientId patientIdFor(OrganizationId organization, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return PatientId.random();
        }
        byte[] name = (organization + "/patient/" + idempotencyKey).getBytes(StandardCharsets.UTF_8);
        return new PatientId(UUID.nameUUIDFromBytes(name));
    }

    /** Registers the patient; returns false when the key had already registered it. */
    boolean register(PatientId patient, OrganizationId organization, PatientDetails details) {
        try {
            commands.sendAndWait(new RegisterPatient(patient, organization, details));
            return true;
        } catch (AggregateStreamCreationException alreadyRegistered) {
            return false;
        }
    }

    long update(PatientId patient, OrganizationId organization, PatientDetails details, Long expectedVersion) {
        return commands.<Long>sendAndWait(new UpdatePatientDetails(patient, organization, details, expectedVersion));
    }

    long archive(PatientId patient, OrganizationId organization) {
        return commands.<Long>sendAndWait(new ArchivePatient(patient, organization));
    }

    long restore(PatientId patient, OrganizationId organization) {
        return commands.<Long>sendAndWait(new RestorePatient(patient, organization));
    }
}
