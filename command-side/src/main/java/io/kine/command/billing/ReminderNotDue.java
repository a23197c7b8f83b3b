package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** This reminder step is not due: the invoice is paid or credited, the step was sent, or its day has not come. */
public final class ReminderNotDue extends Rejection {

    public ReminderNotDue(InvoiceId invoiceId, int step) {
        super(Kind.CONFLICT, "reminder-not-due", "dunning.notDue", "Reminder " + step + " not due for " + invoiceId);
    }
}
