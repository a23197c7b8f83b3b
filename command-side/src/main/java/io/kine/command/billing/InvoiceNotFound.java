package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** No such invoice in the caller's organization (another clinic's looks the same). */
public final class InvoiceNotFound extends Rejection {

    public InvoiceNotFound(InvoiceId invoiceId) {
        super(Kind.NOT_FOUND, "invoice-not-found", "invoice.notFound", "No invoice " + invoiceId);
    }
}
