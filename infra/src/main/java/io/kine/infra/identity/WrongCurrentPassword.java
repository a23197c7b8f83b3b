package io.kine.infra.identity;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Changing a password asks for the current one, so an unattended session cannot lock its owner out. */
final class WrongCurrentPassword extends Rejection {

    WrongCurrentPassword() {
        super(Kind.INVALID, "wrong-current-password", "password.currentWrong", "The current password is not right");
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("currentPassword", "password.currentWrong"));
    }
}
