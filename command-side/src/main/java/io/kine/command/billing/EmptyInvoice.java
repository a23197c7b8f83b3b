package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** An invoice without lines cannot be issued. */
public final class EmptyInvoice extends Rejection {

    public EmptyInvoice(InvoiceId invoiceId) {
        super(Kind.INVALID, "invoice-empty", "invoice.empty", "Invoice " + invoiceId + " has no lines");
    }
}
