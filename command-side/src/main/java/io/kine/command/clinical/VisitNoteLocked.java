package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** A signed note is locked: it is never edited again, only completed by addenda. */
public final class VisitNoteLocked extends Rejection {

    public VisitNoteLocked(VisitId visitId) {
        super(Kind.CONFLICT, "note-signed", "note.locked", "The note of visit " + visitId + " is signed");
    }
}
