package io.kine.infra.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.InvoiceId;

/**
 * One occasion of care is billed once: a visit whose appointment is already invoiced, or an
 * appointment whose visit is, answers the invoice that bills it instead of a second one.
 */
final class AlreadyBilled extends Rejection {

    private final InvoiceId invoice;
    private final String number;

    AlreadyBilled(InvoiceId invoice, String number) {
        super(Kind.CONFLICT, "already-billed", "billing.alreadyBilled", "Already billed by invoice " + invoice);
        this.invoice = invoice;
        this.number = number;
    }

    InvoiceId invoice() {
        return invoice;
    }

    /** The invoice's number, or null while it is a draft. */
    String number() {
        return number;
    }
}
