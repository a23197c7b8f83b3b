package io.kine.command.identity;

import io.kine.command.Rejection;

/** An invitation opens one login, once; afterwards the person logs in or resets their password. */
public final class InvitationAlreadyAccepted extends Rejection {

    public InvitationAlreadyAccepted() {
        super(Kind.CONFLICT, "invitation-already-accepted", "invitation.alreadyAccepted", "The invitation was already accepted");
    }
}
