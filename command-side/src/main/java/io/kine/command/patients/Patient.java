package io.kine.command.patients;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.ArchivePatient;
import io.kine.kernel.patients.PatientArchived;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PatientDetailsUpdated;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.patients.PatientRegistered;
import io.kine.kernel.patients.PatientRestored;
import io.kine.kernel.patients.RegisterPatient;
import io.kine.kernel.patients.RestorePatient;
import io.kine.kernel.patients.UpdatePatientDetails;
import io.kine.kernel.patients.ErasePatient;
import io.kine.kernel.patients.ErasureOutcome;
import io.kine.kernel.patients.PatientErased;
import io.kine.kernel.patients.PatientErasureRefused;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient of one organization. Every handler returns the aggregate's version after the
 * command, so the caller can wait until the read model shows its change. Commands that would
 * change nothing record nothing: a retried or double-submitted request leaves no trace.
 */
@Aggregate(snapshotTriggerDefinition = "patientSnapshotTrigger")
class Patient {

    @AggregateIdentifier
    private PatientId patientId;
    private OrganizationId organizationId;
    private PatientDetails details;
    private boolean archived;
    private boolean erased;

    Patient() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Patient(RegisterPatient command, Clock clock) {
        apply(new PatientRegistered(command.patientId(), command.organizationId(),
                PatientDetailsRules.checked(command.details(), clock)));
    }

    @CommandHandler
    long handle(UpdatePatientDetails command, Clock clock) {
        requireSameOrganization(command);
        if (erased) {
            throw new PatientIsErased(patientId);
        }
        if (archived) {
            throw new PatientIsArchived(patientId);
        }
        PatientDetails checked = PatientDetailsRules.checked(command.details(), clock);
        if (!checked.equals(details)) {
            apply(new PatientDetailsUpdated(patientId, organizationId, checked));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ArchivePatient command) {
        requireSameOrganization(command);
        if (!archived) {
            apply(new PatientArchived(patientId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RestorePatient command) {
        requireSameOrganization(command);
        if (erased) {
            throw new PatientIsErased(patientId);
        }
        if (archived) {
            apply(new PatientRestored(patientId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Erasure destroys the patient's key. While the retention period runs it is refused, and the
     * refusal is recorded, unless an owner gives a reason. Erasing twice changes nothing.
     */
    @CommandHandler
    ErasureOutcome handle(ErasePatient command, RetentionPeriods retention, PersonalDataShredder shredder,
            Clock clock, @MetaDataValue("actorRoles") String actorRoles) {
        requireSameOrganization(command);
        if (erased) {
            return new ErasureOutcome(true, null);
        }
        LocalDate retainedUntil = retention.retainedUntil(organizationId, patientId, details.dateOfBirth());
        boolean withinRetention = !LocalDate.now(clock).isAfter(retainedUntil);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (withinRetention && (reason == null || !isOwner(actorRoles))) {
            apply(new PatientErasureRefused(patientId, organizationId, retainedUntil));
            return new ErasureOutcome(false, retainedUntil);
        }
        apply(new PatientErased(patientId, organizationId, retainedUntil, withinRetention, reason));
        shredder.shred(patientId);
        return new ErasureOutcome(true, retainedUntil);
    }

    private static boolean isOwner(String actorRoles) {
        return actorRoles != null && Arrays.asList(actorRoles.split(",")).contains("OWNER");
    }

    /** Another clinic's patient is answered exactly like a missing one: its existence is not disclosed. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new PatientNotFound(patientId);
        }
    }

    @EventSourcingHandler
    void on(PatientRegistered event) {
        patientId = event.patientId();
        organizationId = event.organizationId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(PatientDetailsUpdated event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(PatientArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(PatientRestored event) {
        archived = false;
    }

    @EventSourcingHandler
    void on(PatientErased event) {
        erased = true;
        archived = true;
    }
}
