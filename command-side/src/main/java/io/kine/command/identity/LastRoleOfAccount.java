package io.kine.command.identity;

import io.kine.command.Rejection;

/** Every login has at least one role; to remove someone's access entirely, deactivate the account. */
public final class LastRoleOfAccount extends Rejection {

    public LastRoleOfAccount() {
        super(Kind.CONFLICT, "last-role", "staff.lastRole", "An account keeps at least one role");
    }
}
