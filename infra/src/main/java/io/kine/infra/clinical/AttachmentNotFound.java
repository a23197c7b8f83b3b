package io.kine.infra.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.AttachmentId;

/** No such attachment in the caller's organization (another clinic's looks the same). */
final class AttachmentNotFound extends Rejection {

    AttachmentNotFound(AttachmentId attachment) {
        super(Kind.NOT_FOUND, "attachment-not-found", "attachment.notFound", "No attachment " + attachment);
    }
}
