package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.CaseId;

/** No such case in the caller's organization (another clinic's case looks the same). */
public final class CaseNotFound extends Rejection {

    public CaseNotFound(CaseId caseId) {
        super(Kind.NOT_FOUND, "case-not-found", "case.notFound", "No case " + caseId);
    }
}
