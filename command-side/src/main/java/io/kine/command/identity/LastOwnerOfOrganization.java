package io.kine.command.identity;

import io.kine.command.Rejection;

/** Without an active owner nobody could manage the clinic's staff any more. */
public final class LastOwnerOfOrganization extends Rejection {

    public LastOwnerOfOrganization() {
        super(Kind.CONFLICT, "last-owner", "staff.lastOwner", "The organization would have no owner left");
    }
}
