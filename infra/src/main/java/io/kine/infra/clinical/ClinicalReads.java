package io.kine.infra.clinical;

import io.kine.command.clinical.CaseNotFound;
import io.kine.command.clinical.VisitNotFound;
import io.kine.infra.messaging.ReadModelQueries;
import io.kine.kernel.clinical.AppointmentAwaitingVisit;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.clinical.AttachmentView;
import io.kine.kernel.clinical.CaseId;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.FindAppointmentsAwaitingVisit;
import io.kine.kernel.clinical.FindAttachments;
import io.kine.kernel.clinical.FindCaseVisits;
import io.kine.kernel.clinical.FindNoteRevisions;
import io.kine.kernel.clinical.FindNoteTemplates;
import io.kine.kernel.clinical.FindPatientCases;
import io.kine.kernel.clinical.FindPatientVisits;
import io.kine.kernel.clinical.GetAttachment;
import io.kine.kernel.clinical.GetCase;
import io.kine.kernel.clinical.GetNoteTemplate;
import io.kine.kernel.clinical.GetVisit;
import io.kine.kernel.clinical.NoteRevisionView;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.NoteTemplateView;
import io.kine.kernel.clinical.VisitId;
import io.kine.kernel.clinical.VisitSummary;
import io.kine.kernel.clinical.VisitView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;

/** The clinical questions the web layer asks, through the query bus, and read-your-writes waits. */
@Component
class ClinicalReads {

    private final ReadModelQueries queries;

    ClinicalReads(ReadModelQueries queries) {
        this.queries = queries;
    }

    List<CaseView> cases(OrganizationId organization, PatientId patient) {
        return queries.ask(new FindPatientCases(organization, patient), ResponseTypes.multipleInstancesOf(CaseView.class));
    }

    CaseView caseOf(OrganizationId organization, CaseId caseId) {
        return findCase(organization, caseId).orElseThrow(() -> new CaseNotFound(caseId));
    }

    Optional<CaseView> findCase(OrganizationId organization, CaseId caseId) {
        return queries.ask(new GetCase(organization, caseId), ResponseTypes.optionalInstanceOf(CaseView.class));
    }

    CaseView awaitCase(OrganizationId organization, CaseId caseId, long version) {
        return queries.awaitUntil(() -> findCase(organization, caseId), c -> c.map(v -> v.version() >= version)
                .orElse(false)).orElseThrow(() -> new CaseNotFound(caseId));
    }

    List<VisitSummary> timeline(OrganizationId organization, PatientId patient) {
        return queries.ask(new FindPatientVisits(organization, patient), ResponseTypes.multipleInstancesOf(VisitSummary.class));
    }

    List<VisitView> visits(OrganizationId organization, CaseId caseId) {
        return queries.ask(new FindCaseVisits(organization, caseId), ResponseTypes.multipleInstancesOf(VisitView.class));
    }

    VisitView visit(OrganizationId organization, VisitId visit) {
        return findVisit(organization, visit).orElseThrow(() -> new VisitNotFound(visit));
    }

    Optional<VisitView> findVisit(OrganizationId organization, VisitId visit) {
        return queries.ask(new GetVisit(organization, visit), ResponseTypes.optionalInstanceOf(VisitView.class));
    }

    VisitView awaitVisit(OrganizationId organization, VisitId visit, long version) {
        return queries.awaitUntil(() -> findVisit(organization, visit), v -> v.map(view -> view.version() >= version)
                .orElse(false)).orElseThrow(() -> new VisitNotFound(visit));
    }

    List<NoteRevisionView> revisions(OrganizationId organization, VisitId visit) {
        return queries.ask(new FindNoteRevisions(organization, visit), ResponseTypes.multipleInstancesOf(NoteRevisionView.class));
    }

    List<AttachmentView> attachments(OrganizationId organization, CaseId caseId) {
        return queries.ask(new FindAttachments(organization, caseId), ResponseTypes.multipleInstancesOf(AttachmentView.class));
    }

    Optional<AttachmentView> attachment(OrganizationId organization, AttachmentId attachment) {
        return queries.ask(new GetAttachment(organization, attachment), ResponseTypes.optionalInstanceOf(AttachmentView.class));
    }

    AttachmentView awaitAttachment(OrganizationId organization, AttachmentId attachment) {
        return queries.awaitUntil(() -> attachment(organization, attachment), Optional::isPresent).orElseThrow();
    }

    List<NoteTemplateView> templates(OrganizationId organization, boolean includeRetired) {
        return queries.ask(new FindNoteTemplates(organization, includeRetired),
                ResponseTypes.multipleInstancesOf(NoteTemplateView.class));
    }

    Optional<NoteTemplateView> template(OrganizationId organization, NoteTemplateId template) {
        return queries.ask(new GetNoteTemplate(organization, template), ResponseTypes.optionalInstanceOf(NoteTemplateView.class));
    }

    NoteTemplateView awaitTemplate(OrganizationId organization, NoteTemplateId template, long version) {
        return queries.awaitUntil(() -> template(organization, template), t -> t.map(v -> v.version() >= version)
                .orElse(false)).orElseThrow();
    }

    List<io.kine.kernel.clinical.PractitionerOption> practitioners(OrganizationId organization) {
        return queries.ask(new io.kine.kernel.clinical.FindPractitioners(organization),
                ResponseTypes.multipleInstancesOf(io.kine.kernel.clinical.PractitionerOption.class));
    }

    List<AppointmentAwaitingVisit> appointmentsAwaitingVisit(OrganizationId organization, PatientId patient) {
        return queries.ask(new FindAppointmentsAwaitingVisit(organization, patient),
                ResponseTypes.multipleInstancesOf(AppointmentAwaitingVisit.class));
    }
}
