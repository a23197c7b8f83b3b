package io.kine.command.clinical;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.CaseId;

/** A closed case takes no new visit and no change until it is reopened. */
public final class CaseIsClosed extends Rejection {

    public CaseIsClosed(CaseId caseId) {
        super(Kind.CONFLICT, "case-closed", "case.closed.readOnly", "Case " + caseId + " is closed");
    }
}
