package io.kine.infra.clinical;

import io.kine.kernel.clinical.AddendumView;
import io.kine.kernel.clinical.AttachmentView;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.CaseView;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.NoteRevisionView;
import io.kine.kernel.clinical.NoteTemplateView;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the clinical API. Ids are plain UUIDs; instants ISO-8601 in UTC. */
final class ClinicalJson {

    private ClinicalJson() {
    }

    record CaseRequest(String reasonForReferral, String icd10Code, String diagnosisText, String referringDoctor,
            String goals, UUID practitionerId) {

        CaseDetails toDetails() {
            return new CaseDetails(reasonForReferral, icd10Code, diagnosisText, referringDoctor, goals);
        }

        static CaseRequest of(CaseView view) {
            CaseDetails d = view.details();
            return new CaseRequest(d.reasonForReferral(), d.icd10Code(), d.diagnosisText(), d.referringDoctor(),
                    d.goals(), view.practitionerId().value());
        }
    }

    record CaseResponse(UUID caseId, UUID patientId, UUID practitionerId, String practitionerName, String status,
            String reasonForReferral, String icd10Code, String diagnosisText, String referringDoctor, String goals,
            String outcome, Instant openedAt, Instant closedAt, int visitCount, long version) {

        static CaseResponse of(CaseView c) {
            CaseDetails d = c.details();
            return new CaseResponse(c.caseId().value(), c.patientId().value(), c.practitionerId().value(),
                    c.practitionerName(), c.status().name(), d.reasonForReferral(), d.icd10Code(), d.diagnosisText(),
                    d.referringDoctor(), d.goals(), c.outcome(), c.openedAt(), c.closedAt(), c.visitCount(), c.version());
        }
    }

    record OutcomeRequest(String outcome) {
    }

    record ReasonRequest(String reason) {
    }

    record VisitRequest(LocalDate visitedOn, UUID practitionerId, UUID appointmentId) {
    }

    record Note(String subjective, String objective, String assessment, String plan) {

        static Note of(SoapNote note) {
            return new Note(note.subjective(), note.objective(), note.assessment(), note.plan());
        }

        SoapNote toSoap() {
            return new SoapNote(subjective, objective, assessment, plan);
        }
    }

    record Measure(MeasureKind kind, int value) {

        static List<Measure> of(List<OutcomeMeasure> measures) {
            return measures.stream().map(m -> new Measure(m.kind(), m.value())).toList();
        }

        static List<OutcomeMeasure> toDomain(List<Measure> measures) {
            return measures == null ? List.of()
                    : measures.stream().map(m -> m == null ? null : new OutcomeMeasure(m.kind(), m.value())).toList();
        }
    }

    record Addendum(int number, UUID authorId, String authorName, Instant addedAt, String text) {

        static Addendum of(AddendumView a) {
            return new Addendum(a.number(), a.authorId().value(), a.authorName(), a.addedAt(), a.text());
        }
    }

    record VisitResponse(UUID visitId, UUID caseId, UUID patientId, UUID practitionerId, String practitionerName,
            LocalDate visitedOn, UUID appointmentId, String status, int revision, Note note, List<Measure> measures,
            Instant lastRevisedAt, String lastRevisedBy, Instant signedAt, String signedBy, List<Addendum> addenda,
            long version) {

        static VisitResponse of(VisitView v) {
            return new VisitResponse(v.visitId().value(), v.caseId().value(), v.patientId().value(),
                    v.practitionerId().value(), v.practitionerName(), v.visitedOn(),
                    v.appointmentId() == null ? null : v.appointmentId().value(), v.status().name(), v.revision(),
                    Note.of(v.note()), Measure.of(v.measures()), v.lastRevisedAt(), v.lastRevisedBy(), v.signedAt(),
                    v.signedBy(), v.addenda().stream().map(Addendum::of).toList(), v.version());
        }
    }

    record VisitSummaryResponse(UUID visitId, UUID caseId, LocalDate visitedOn, UUID practitionerId,
            String practitionerName, String status, UUID appointmentId) {

        static VisitSummaryResponse of(io.kine.kernel.clinical.VisitSummary v) {
            return new VisitSummaryResponse(v.visitId().value(), v.caseId().value(), v.visitedOn(),
                    v.practitionerId().value(), v.practitionerName(), v.status().name(),
                    v.appointmentId() == null ? null : v.appointmentId().value());
        }
    }

    record RevisionResponse(int revision, UUID authorId, String authorName, Instant revisedAt, Note note,
            List<Measure> measures, UUID templateId) {

        static RevisionResponse of(NoteRevisionView r) {
            return new RevisionResponse(r.revision(), r.authorId().value(), r.authorName(), r.revisedAt(),
                    Note.of(r.note()), Measure.of(r.measures()), r.templateId() == null ? null : r.templateId().value());
        }
    }

    record AddendumRequest(String text) {
    }

    record AttachmentResponse(UUID attachmentId, UUID caseId, UUID visitId, String fileName, String contentType,
            long sizeBytes, String sha256, UUID uploadedBy, String uploaderName, Instant uploadedAt) {

        static AttachmentResponse of(AttachmentView a) {
            return new AttachmentResponse(a.attachmentId().value(), a.caseId().value(),
                    a.visitId() == null ? null : a.visitId().value(), a.fileName(), a.contentType(), a.sizeBytes(),
                    a.sha256(), a.uploadedBy().value(), a.uploaderName(), a.uploadedAt());
        }
    }

    record TemplateRequest(String name, String subjective, String objective, String assessment, String plan) {

        SoapNote sections() {
            return new SoapNote(subjective, objective, assessment, plan);
        }
    }

    record TemplateResponse(UUID templateId, String name, Note sections, boolean retired, long version) {

        static TemplateResponse of(NoteTemplateView t) {
            return new TemplateResponse(t.templateId().value(), t.name(), Note.of(t.sections()), t.retired(), t.version());
        }
    }

    record Data<T>(List<T> data) {
    }
}
