package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** The patient has less credit than asked for. */
public final class InsufficientCredit extends Rejection {

    public InsufficientCredit(PatientAccountId accountId) {
        super(Kind.CONFLICT, "insufficient-credit", "balance.insufficientCredit", "Not enough credit on " + accountId);
    }
}
