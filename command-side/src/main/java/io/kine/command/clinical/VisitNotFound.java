package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** No such visit in the caller's organization (another clinic's visit looks the same). */
public final class VisitNotFound extends Rejection {

    public VisitNotFound(VisitId visitId) {
        super(Kind.NOT_FOUND, "visit-not-found", "visit.notFound", "No visit " + visitId);
    }
}
