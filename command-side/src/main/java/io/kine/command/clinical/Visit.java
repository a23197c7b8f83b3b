package io.kine.command.clinical;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.clinical.AddAddendum;
import io.kine.kernel.clinical.AddendumAdded;
import io.kine.kernel.clinical.AttachFileToVisit;
import io.kine.kernel.clinical.AttachmentAdded;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.ReviseVisitNote;
import io.kine.kernel.clinical.SignVisitNote;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitNoteRevised;
import io.kine.kernel.clinical.VisitNoteSigned;
import io.kine.kernel.clinical.VisitStarted;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One visit and its note. Every save that changes the note is a {@code VisitNoteRevised}
 * event carrying the whole note, so the stream is the revision history. Signing locks it;
 * after that only addenda are accepted. Started by its {@link ClinicalCase}.
 */
@Aggregate
class Visit {

    @AggregateIdentifier
    private VisitId visitId;
    private CaseId caseId;
    private OrganizationId organizationId;
    private PatientId patientId;
    private UserId practitionerId;
    private SoapNote note = SoapNote.EMPTY;
    private List<OutcomeMeasure> measures = List.of();
    private int revision;
    private boolean signed;
    private int addenda;

    Visit() {
        // for Axon: rebuilt from events
    }

    Visit(VisitId visitId, CaseId caseId, OrganizationId organizationId, PatientId patientId, UserId practitionerId,
            LocalDate visitedOn, AppointmentId appointmentId) {
        apply(new VisitStarted(visitId, caseId, organizationId, patientId, practitionerId, visitedOn, appointmentId));
    }

    /** A save that changes nothing records nothing: autosave may fire as often as it likes. */
    @CommandHandler
    long handle(ReviseVisitNote command, @MetaDataValue(Actors.ACTOR_ID) String actorId) {
        requireSameOrganization(command);
        if (signed) {
            throw new VisitNoteLocked(visitId);
        }
        if (command.baseRevision() != null && command.baseRevision() != revision) {
            throw new NoteChangedMeanwhile(visitId, revision);
        }
        SoapNote checkedNote = ClinicalRules.checked(command.note());
        List<OutcomeMeasure> checkedMeasures = ClinicalRules.checked(command.measures());
        if (!checkedNote.equals(note) || !checkedMeasures.equals(measures)) {
            apply(new VisitNoteRevised(visitId, caseId, organizationId, patientId, revision + 1, Actors.of(actorId),
                    checkedNote.subjective(), checkedNote.objective(), checkedNote.assessment(), checkedNote.plan(),
                    checkedMeasures, command.templateId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(SignVisitNote command, @MetaDataValue(Actors.ACTOR_ID) String actorId) {
        requireSameOrganization(command);
        if (!signed) {
            if (!Actors.of(actorId).equals(practitionerId)) {
                throw new NotTheVisitPractitioner(visitId);
            }
            if (note.isBlank()) {
                throw new EmptyNoteCannotBeSigned(visitId);
            }
            apply(new VisitNoteSigned(visitId, caseId, organizationId, patientId, revision, practitionerId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddAddendum command, @MetaDataValue(Actors.ACTOR_ID) String actorId) {
        requireSameOrganization(command);
        if (!signed) {
            throw new NoteNotSigned(visitId);
        }
        String text = ClinicalRules.requiredText("text", command.text(), ClinicalRules.ADDENDUM_MAX);
        apply(new AddendumAdded(visitId, caseId, organizationId, patientId, addenda + 1, Actors.of(actorId), text));
        return AggregateLifecycle.getVersion();
    }

    /** Files may follow a signature (a report received later): each is dated and attributed. */
    @CommandHandler
    long handle(AttachFileToVisit command, AttachmentStore store, @MetaDataValue(Actors.ACTOR_ID) String actorId) {
        requireSameOrganization(command);
        AttachmentRules.CheckedFile file = AttachmentRules.check(command.fileName(), command.content(), command.maxBytes());
        store.put(command.attachmentId(), organizationId, file.contentType(), command.content());
        apply(new AttachmentAdded(command.attachmentId(), organizationId, patientId, caseId, visitId, file.fileName(),
                file.contentType(), command.content().length, file.sha256(), Actors.of(actorId)));
        return AggregateLifecycle.getVersion();
    }

    /** Another clinic's visit is answered exactly like a missing one. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new VisitNotFound(visitId);
        }
    }

    @EventSourcingHandler
    void on(VisitStarted event) {
        visitId = event.visitId();
        caseId = event.caseId();
        organizationId = event.organizationId();
        patientId = event.patientId();
        practitionerId = event.practitionerId();
    }

    @EventSourcingHandler
    void on(VisitNoteRevised event) {
        revision = event.revision();
        note = new SoapNote(event.subjective(), event.objective(), event.assessment(), event.plan());
        measures = event.measures();
    }

    @EventSourcingHandler
    void on(VisitNoteSigned event) {
        signed = true;
    }

    @EventSourcingHandler
    void on(AddendumAdded event) {
        addenda = event.number();
    }
}
