package io.kine.command.identity;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Input about a staff member broke one or more rules, each named with its field. */
public final class InvalidStaffMember extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidStaffMember(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-staff-member", "staff.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
