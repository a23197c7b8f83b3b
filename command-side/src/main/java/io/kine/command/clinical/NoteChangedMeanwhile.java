package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** Someone saved the note since the revision this save started from (another tab, another person). */
public final class NoteChangedMeanwhile extends Rejection {

    public NoteChangedMeanwhile(VisitId visitId, int current) {
        super(Kind.CONFLICT, "note-changed-meanwhile", "note.changedMeanwhile", "Visit " + visitId + " is at revision " + current);
    }
}
