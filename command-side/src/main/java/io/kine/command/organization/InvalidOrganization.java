package io.kine.command.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Organization settings that break a rule; names every offending field at once. */
public final class InvalidOrganization extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidOrganization(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-organization", "organization.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
