package io.kine.infra.clinical;

import io.kine.command.FieldViolation;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.NoteTemplateId;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import io.kine.kernel.clinical.VisitView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records the clinical pages' forms bind to. Form records are not commands. */
final class ClinicalForms {

    private ClinicalForms() {
    }

    record CaseForm(String reasonForReferral, String icd10Code, String diagnosisText, String referringDoctor,
            String goals) {

        static final CaseForm EMPTY = new CaseForm(null, null, null, null, null);

        CaseDetails toDetails() {
            return new CaseDetails(reasonForReferral, icd10Code, diagnosisText, referringDoctor, goals);
        }
    }

    /** The note editor. {@code pain} is text so an empty field means "not measured". */
    record NoteForm(String subjective, String objective, String assessment, String plan, String pain,
            UUID templateId, Integer baseRevision) {

        static NoteForm of(VisitView visit) {
            Integer pain = visit.measure(MeasureKind.PAIN);
            SoapNote n = visit.note();
            return new NoteForm(n.subjective(), n.objective(), n.assessment(), n.plan(),
                    pain == null ? null : pain.toString(), null, visit.revision());
        }

        /** Fills the sections still empty with the template's text; written text is never replaced. */
        NoteForm withTemplate(UUID template, SoapNote sections) {
            return new NoteForm(fill(subjective, sections.subjective()), fill(objective, sections.objective()),
                    fill(assessment, sections.assessment()), fill(plan, sections.plan()), pain, template, baseRevision);
        }

        SoapNote note() {
            return new SoapNote(subjective, objective, assessment, plan);
        }

        NoteTemplateId template() {
            return templateId == null ? null : new NoteTemplateId(templateId);
        }

        /** The measures; a pain that is not a whole number is refused on its field. */
        List<OutcomeMeasure> measures() {
            if (pain == null || pain.isBlank()) {
                return List.of();
            }
            try {
                return List.of(new OutcomeMeasure(MeasureKind.PAIN, Integer.parseInt(pain.strip())));
            } catch (NumberFormatException notANumber) {
                throw new io.kine.command.clinical.InvalidClinicalRecord(
                        List.of(new FieldViolation("measures.PAIN", "note.measureOutOfRange")));
            }
        }

        private static String fill(String written, String template) {
            return written == null || written.isBlank() ? template : written;
        }
    }

    /** Field errors keyed by form field (measures.PAIN shows on the pain field). */
    static Map<String, String> fieldErrors(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.field().equals("measures.PAIN") ? "pain" : v.field(), v.messageKey()));
        return errors;
    }
}
