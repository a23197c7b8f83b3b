package io.kine.command.clinical;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** A file that may not be attached: empty, too large, or not a PDF or image by its bytes. */
public final class AttachmentRefused extends Rejection {

    /** Why; each reason has its message key. */
    public enum Reason {
        EMPTY("attachment.empty"),
        TOO_LARGE("attachment.tooLarge"),
        TYPE_NOT_ALLOWED("attachment.typeNotAllowed"),
        NAME_MISSING("attachment.nameMissing");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public AttachmentRefused(Reason reason) {
        super(Kind.INVALID, "attachment-refused", reason.messageKey(), "Attachment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public List<FieldViolation> violations() {
        return List.of(new FieldViolation("file", reason.messageKey()));
    }
}
