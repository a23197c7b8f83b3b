package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** The invoice's status does not allow this step (editing an issued invoice, paying a draft, crediting twice). */
public final class InvoiceTransitionRefused extends Rejection {

    public InvoiceTransitionRefused(InvoiceId invoiceId, InvoiceStatus status, String step) {
        super(Kind.CONFLICT, "invoice-invalid-transition", "invoice.invalidTransition", "Invoice " + invoiceId + " is " + status + ": cannot " + step);
    }
}
