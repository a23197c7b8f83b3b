package io.kine.infra.identity;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Logins are unique by e-mail across every organization: one address, one login. */
final class EmailAlreadyInUse extends Rejection {

    EmailAlreadyInUse() {
        super(Kind.CONFLICT, "email-in-use", "staff.email.inUse", "The address already has a login or an invitation");
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("email", "staff.email.inUse"));
    }
}
