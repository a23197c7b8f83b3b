package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** Addenda follow a signature; a draft is simply edited. */
public final class NoteNotSigned extends Rejection {

    public NoteNotSigned(VisitId visitId) {
        super(Kind.CONFLICT, "note-not-signed", "note.addendumBeforeSign", "The note of visit " + visitId + " is a draft");
    }
}
