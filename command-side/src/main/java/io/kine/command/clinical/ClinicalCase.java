package io.kine.command.clinical;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.clinical.AttachFileToCase;
import io.kine.kernel.clinical.AttachmentAdded;
import io.kine.kernel.clinical.CaseClosed;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseDetailsRevised;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseOpened;
import io.kine.kernel.clinical.CaseReassigned;
import io.kine.kernel.clinical.CaseReopened;
import io.kine.kernel.clinical.CaseStatus;
import io.kine.kernel.clinical.CloseCase;
import io.kine.kernel.clinical.OpenCase;
import io.kine.kernel.clinical.ReassignCase;
import io.kine.kernel.clinical.ReopenCase;
import io.kine.kernel.clinical.ReviseCaseDetails;
import io.kine.kernel.clinical.StartVisit;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An episode of care for one patient. It decides whether a visit may start (only while
 * open) and creates the {@link Visit}; the visit then keeps its own note history. Every
 * handler returns the case's version, for read-your-writes.
 */
@Aggregate
class ClinicalCase {

    @AggregateIdentifier
    private CaseId caseId;
    private OrganizationId organizationId;
    private PatientId patientId;
    private UserId practitionerId;
    private CaseDetails details;
    private CaseStatus status;

    ClinicalCase() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    ClinicalCase(OpenCase command) {
        if (command.patientId() == null || command.practitionerId() == null) {
            throw new InvalidClinicalRecord(List.of(new io.kine.command.FieldViolation(
                    command.patientId() == null ? "patientId" : "practitionerId", "validation.required")));
        }
        CaseDetails d = ClinicalRules.checked(command.details());
        apply(new CaseOpened(command.caseId(), command.organizationId(), command.patientId(), command.practitionerId(),
                d.reasonForReferral(), d.icd10Code(), d.diagnosisText(), d.referringDoctor(), d.goals()));
    }

    @CommandHandler
    long handle(ReviseCaseDetails command) {
        requireOpen(command);
        CaseDetails d = ClinicalRules.checked(command.details());
        if (!d.equals(details)) {
            apply(new CaseDetailsRevised(caseId, organizationId, patientId, d.reasonForReferral(), d.icd10Code(),
                    d.diagnosisText(), d.referringDoctor(), d.goals()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReassignCase command) {
        requireOpen(command);
        if (command.practitionerId() == null) {
            throw new InvalidClinicalRecord(List.of(new io.kine.command.FieldViolation("practitionerId",
                    "validation.required")));
        }
        if (!command.practitionerId().equals(practitionerId)) {
            apply(new CaseReassigned(caseId, organizationId, patientId, command.practitionerId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CloseCase command) {
        requireSameOrganization(command);
        if (status == CaseStatus.OPEN) {
            String outcome = ClinicalRules.requiredText("outcome", command.outcome(), ClinicalRules.TEXT_MAX);
            apply(new CaseClosed(caseId, organizationId, patientId, outcome));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReopenCase command) {
        requireSameOrganization(command);
        if (status == CaseStatus.CLOSED) {
            String reason = ClinicalRules.requiredText("reason", command.reason(), ClinicalRules.TEXT_MAX);
            apply(new CaseReopened(caseId, organizationId, patientId, reason));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Creates the visit, in the same unit of work: a closed case never gains one. */
    @CommandHandler
    long handle(StartVisit command) throws Exception {
        requireOpen(command);
        if (command.visitId() == null || command.visitedOn() == null) {
            throw new InvalidClinicalRecord(List.of(new io.kine.command.FieldViolation(
                    command.visitId() == null ? "visitId" : "visitedOn", "validation.required")));
        }
        UserId practitioner = command.practitionerId() == null ? practitionerId : command.practitionerId();
        AggregateLifecycle.createNew(Visit.class, () -> new Visit(command.visitId(), caseId, organizationId, patientId,
                practitioner, command.visitedOn(), command.appointmentId()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AttachFileToCase command, AttachmentStore store, @MetaDataValue(Actors.ACTOR_ID) String actorId) {
        requireSameOrganization(command);
        AttachmentRules.CheckedFile file = AttachmentRules.check(command.fileName(), command.content(), command.maxBytes());
        store.put(command.attachmentId(), organizationId, file.contentType(), command.content());
        apply(new AttachmentAdded(command.attachmentId(), organizationId, patientId, caseId, null, file.fileName(),
                file.contentType(), command.content().length, file.sha256(), Actors.of(actorId)));
        return AggregateLifecycle.getVersion();
    }

    private void requireOpen(OrganizationScoped command) {
        requireSameOrganization(command);
        if (status == CaseStatus.CLOSED) {
            throw new CaseIsClosed(caseId);
        }
    }

    /** Another clinic's case is answered exactly like a missing one. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new CaseNotFound(caseId);
        }
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        organizationId = event.organizationId();
        patientId = event.patientId();
        practitionerId = event.practitionerId();
        details = new CaseDetails(event.reasonForReferral(), event.icd10Code(), event.diagnosisText(),
                event.referringDoctor(), event.goals());
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(CaseDetailsRevised event) {
        details = new CaseDetails(event.reasonForReferral(), event.icd10Code(), event.diagnosisText(),
                event.referringDoctor(), event.goals());
    }

    @EventSourcingHandler
    void on(CaseReassigned event) {
        practitionerId = event.practitionerId();
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = CaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        status = CaseStatus.OPEN;
    }
}
