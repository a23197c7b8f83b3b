package io.kine.command.patients;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

public final class InvalidPatientDetails extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidPatientDetails(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-patient-details", "patient.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
