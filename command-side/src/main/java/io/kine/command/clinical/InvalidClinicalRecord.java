package io.kine.command.clinical;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Input that breaks a rule of clinical records (a missing reason, a malformed ICD-10 code, a pain of 11). */
public final class InvalidClinicalRecord extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidClinicalRecord(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-clinical-record", "clinical.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
