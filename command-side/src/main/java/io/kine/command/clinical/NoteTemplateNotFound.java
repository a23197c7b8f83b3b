package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.NoteTemplateId;

/** No such note template in the caller's organization. */
public final class NoteTemplateNotFound extends Rejection {

    public NoteTemplateNotFound(NoteTemplateId templateId) {
        super(Kind.NOT_FOUND, "note-template-not-found", "template.notFound", "No note template " + templateId);
    }
}
