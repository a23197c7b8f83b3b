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
import java.time.Clock;
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
        if (archived) {
            apply(new PatientRestored(patientId, organizationId));
        }
        return AggregateLifecycle.getVersion();
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
}
