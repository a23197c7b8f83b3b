package io.kine.infra.organization;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/**
 * A sign-up the web layer refuses before any command is sent (weak password, malformed
 * e-mail), or whose e-mail already has a login. Field names are those of the sign-up form.
 */
final class SignupRefused extends Rejection {

    private final List<FieldViolation> violations;

    private SignupRefused(Kind kind, String problemType, String messageKey, List<FieldViolation> violations) {
        super(kind, problemType, messageKey, "Sign-up refused: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    static SignupRefused invalid(List<FieldViolation> violations) {
        return new SignupRefused(Kind.INVALID, "invalid-signup", "signup.invalid", violations);
    }

    /** The login's e-mail is unique across organizations: one person, one login. */
    static SignupRefused emailTaken() {
        return new SignupRefused(Kind.CONFLICT, "email-taken", "signup.email.taken",
                List.of(new FieldViolation("email", "signup.email.taken")));
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
