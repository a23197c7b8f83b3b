package io.kine.infra.identity;

import io.kine.command.Rejection;

/** The link is unknown, used or expired; the three look the same so a link cannot be probed. */
final class InvitationLinkInvalid extends Rejection {

    InvitationLinkInvalid() {
        super(Kind.NOT_FOUND, "invitation-link-invalid", "invitation.linkInvalid", "Unknown, used or expired link");
    }
}
