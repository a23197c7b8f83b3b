package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** Signing an empty note would lock nothing worth keeping. */
public final class EmptyNoteCannotBeSigned extends Rejection {

    public EmptyNoteCannotBeSigned(VisitId visitId) {
        super(Kind.INVALID, "empty-note", "note.emptyCannotSign", "The note of visit " + visitId + " is empty");
    }
}
