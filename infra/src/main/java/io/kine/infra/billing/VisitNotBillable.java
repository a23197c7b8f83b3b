package io.kine.infra.billing;

import io.kine.command.Rejection;
import io.kine.kernel.clinical.VisitId;

/** A visit is billed once its note is signed: the signed note is the record of the care invoiced. */
final class VisitNotBillable extends Rejection {

    VisitNotBillable(VisitId visit) {
        super(Kind.CONFLICT, "visit-not-billable", "billing.visitNotBillable", "Visit " + visit + " is not signed");
    }
}
