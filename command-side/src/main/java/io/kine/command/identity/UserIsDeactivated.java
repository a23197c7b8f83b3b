package io.kine.command.identity;

import io.kine.command.Rejection;

/** A deactivated account neither logs in nor changes its password until it is reactivated. */
public final class UserIsDeactivated extends Rejection {

    public UserIsDeactivated() {
        super(Kind.CONFLICT, "user-deactivated", "staff.deactivated", "The account is deactivated");
    }
}
