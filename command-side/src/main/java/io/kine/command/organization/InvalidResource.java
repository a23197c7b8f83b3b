package io.kine.command.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

public final class InvalidResource extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidResource(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-resource", "resource.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
