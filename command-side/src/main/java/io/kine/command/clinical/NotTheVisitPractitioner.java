package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** A note is signed by the practitioner who saw the patient, nobody else. */
public final class NotTheVisitPractitioner extends Rejection {

    public NotTheVisitPractitioner(VisitId visitId) {
        super(Kind.FORBIDDEN, "not-the-visit-practitioner", "note.signOnlyByPractitioner", "Only the practitioner of visit " + visitId + " signs its note");
    }
}
