package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** A working-hours exception that breaks a rule (no days, reversed days, hours where none belong...), field by field. */
public final class InvalidTimeOff extends Rejection {

    private final List<FieldViolation> violations;

    InvalidTimeOff(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-time-off", "timeOff.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
