package io.kine.command.identity;

import io.kine.command.FieldViolation;
import io.kine.kernel.identity.UserId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A substitution names someone else to stand in for, and a period that does not end before it starts. */
final class SubstitutionRules {

    private SubstitutionRules() {
    }

    static void check(UserId substitute, UserId replaces, LocalDate from, LocalDate to) {
        List<FieldViolation> violations = new ArrayList<>();
        if (replaces == null) {
            violations.add(new FieldViolation("replaces", "validation.required"));
        } else if (replaces.equals(substitute)) {
            violations.add(new FieldViolation("replaces", "staff.substitute.self"));
        }
        if (from == null) {
            violations.add(new FieldViolation("from", "validation.required"));
        }
        if (to == null) {
            violations.add(new FieldViolation("to", "validation.required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "staff.substitute.toBeforeFrom"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidStaffMember(violations);
        }
    }
}
