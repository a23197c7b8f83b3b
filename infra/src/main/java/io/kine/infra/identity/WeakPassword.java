package io.kine.infra.identity;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** The chosen password breaks the {@link PasswordPolicy}. */
final class WeakPassword extends Rejection {

    private final String reason;

    WeakPassword(String reason) {
        super(Kind.INVALID, "weak-password", reason, "The password breaks the policy");
        this.reason = reason;
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("password", reason));
    }
}
