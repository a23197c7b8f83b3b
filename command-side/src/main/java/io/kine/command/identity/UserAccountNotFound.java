package io.kine.command.identity;

import io.kine.command.Rejection;
import io.kine.kernel.identity.UserId;

/** No such account in the caller's organization (another clinic's account looks the same). */
public final class UserAccountNotFound extends Rejection {

    public UserAccountNotFound(UserId userId) {
        super(Kind.NOT_FOUND, "staff-member-not-found", "staff.notFound", "No account " + userId);
    }
}
