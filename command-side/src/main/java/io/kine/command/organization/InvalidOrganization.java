package io.kine.command.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

public final class InvalidOrganization extends Rejection {

    private final String field;

    public InvalidOrganization(String field) {
        super(Kind.INVALID, "invalid-organization", "organization.invalid", "Invalid organization field " + field);
        this.field = field;
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation(field, "validation.required"));
    }
}
