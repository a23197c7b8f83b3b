package io.kine.command.identity;

import io.kine.command.Rejection;

public final class InvalidUserAccount extends Rejection {

    public InvalidUserAccount() {
        super(Kind.INVALID, "invalid-user-account", "user.invalid", "A user account needs an e-mail and a role");
    }
}
