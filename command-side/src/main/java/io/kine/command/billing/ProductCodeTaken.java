package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** Another catalog item of the organization already has this code. */
public final class ProductCodeTaken extends Rejection {

    public ProductCodeTaken(String code) {
        super(Kind.CONFLICT, "product-code-taken", "product.codeTaken", "Product code taken: " + code);
    }
}
