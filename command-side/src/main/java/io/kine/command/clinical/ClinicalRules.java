package io.kine.command.clinical;

import io.kine.command.FieldViolation;
import io.kine.kernel.clinical.CaseDetails;
import io.kine.kernel.clinical.MeasureKind;
import io.kine.kernel.clinical.OutcomeMeasure;
import io.kine.kernel.clinical.SoapNote;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape rules of clinical records: texts trimmed (blank becomes absent) and bounded,
 * ICD-10 codes well formed, measures on their scale. Collects every violation, then throws
 * them together so a form shows each next to its field.
 */
final class ClinicalRules {

    static final int SECTION_MAX = 20_000;
    static final int TEXT_MAX = 4_000;
    static final int SHORT_MAX = 200;
    static final int ADDENDUM_MAX = 10_000;
    /** ICD-10: a letter, two characters, then optionally a dot and up to four more (M54.5, S83.51). */
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private final List<FieldViolation> violations = new ArrayList<>();

    static CaseDetails checked(CaseDetails details) {
        ClinicalRules rules = new ClinicalRules();
        CaseDetails d = details == null ? new CaseDetails(null, null, null, null, null) : details;
        String reason = rules.required("reasonForReferral", rules.text("reasonForReferral", d.reasonForReferral(), TEXT_MAX));
        String code = rules.text("icd10Code", d.icd10Code(), 10);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!ICD10.matcher(code).matches()) {
                rules.violations.add(new FieldViolation("icd10Code", "case.icd10Invalid"));
            }
        }
        CaseDetails checked = new CaseDetails(reason, code, rules.text("diagnosisText", d.diagnosisText(), TEXT_MAX),
                rules.text("referringDoctor", d.referringDoctor(), SHORT_MAX), rules.text("goals", d.goals(), TEXT_MAX));
        rules.throwIfAny();
        return checked;
    }

    static SoapNote checked(SoapNote note) {
        ClinicalRules rules = new ClinicalRules();
        SoapNote n = note == null ? SoapNote.EMPTY : note;
        SoapNote checked = new SoapNote(rules.section("subjective", n.subjective()),
                rules.section("objective", n.objective()), rules.section("assessment", n.assessment()),
                rules.section("plan", n.plan()));
        rules.throwIfAny();
        return checked;
    }

    /** Each measure on its scale, at most once per visit; sorted so equal sets compare equal. */
    static List<OutcomeMeasure> checked(List<OutcomeMeasure> measures) {
        ClinicalRules rules = new ClinicalRules();
        Set<MeasureKind> seen = EnumSet.noneOf(MeasureKind.class);
        List<OutcomeMeasure> checked = new ArrayList<>();
        for (OutcomeMeasure measure : measures == null ? List.<OutcomeMeasure>of() : measures) {
            if (measure == null || measure.kind() == null) {
                rules.violations.add(new FieldViolation("measures", "validation.required"));
            } else if (!measure.kind().accepts(measure.value())) {
                rules.violations.add(new FieldViolation("measures." + measure.kind(), "note.measureOutOfRange"));
            } else if (!seen.add(measure.kind())) {
                rules.violations.add(new FieldViolation("measures." + measure.kind(), "note.measureTwice"));
            } else {
                checked.add(measure);
            }
        }
        rules.throwIfAny();
        checked.sort(java.util.Comparator.comparing(OutcomeMeasure::kind));
        return List.copyOf(checked);
    }

    static String requiredText(String field, String value, int max) {
        ClinicalRules rules = new ClinicalRules();
        String checked = rules.required(field, rules.text(field, value, max));
        rules.throwIfAny();
        return checked;
    }

    private String section(String field, String value) {
        return text(field, value, SECTION_MAX);
    }

    /** Trailing spaces go, line breaks inside stay: notes are written in paragraphs. */
    private String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            violations.add(new FieldViolation(field, "validation.tooLong"));
        }
        return trimmed;
    }

    private String required(String field, String value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "validation.required"));
        }
        return value;
    }

    private void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidClinicalRecord(violations);
        }
    }
}
