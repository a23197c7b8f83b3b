package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Input that breaks a rule of appointments, appointment types or working hours, field by field. */
public final class InvalidAppointment extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidAppointment(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-appointment", "appointment.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidAppointment(String field, String messageKey) {
        this(List.of(new FieldViolation(field, messageKey)));
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
