package io.kine.infra.identity;

import io.kine.command.Rejection;

/** The reset link is unknown, used or expired; the three look the same so a link cannot be probed. */
final class ResetLinkInvalid extends Rejection {

    ResetLinkInvalid() {
        super(Kind.NOT_FOUND, "password-reset-link-invalid", "password.reset.linkInvalid", "Unknown, used or expired link");
    }
}
