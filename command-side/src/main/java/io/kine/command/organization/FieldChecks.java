package io.kine.command.organization;

import io.kine.command.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of one input, so a form can show all its errors at once. */
final class FieldChecks {

    private final List<FieldViolation> violations = new ArrayList<>();

    /** Trims; blank becomes absent; over-long text is refused rather than cut. */
    String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            violate(field, "validation.tooLong");
        }
        return trimmed;
    }

    String requiredText(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text == null) {
            violate(field, "validation.required");
        }
        return text;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            violate(field, "validation.required");
        }
        return value;
    }

    void violate(String field, String messageKey) {
        violations.add(new FieldViolation(field, messageKey));
    }

    boolean failed() {
        return !violations.isEmpty();
    }

    List<FieldViolation> violations() {
        return violations;
    }
}
