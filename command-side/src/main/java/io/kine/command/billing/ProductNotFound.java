package io.kine.command.billing;

import io.kine.command.Rejection;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.ProductId;

/** No such catalog item in the caller's organization. */
public final class ProductNotFound extends Rejection {

    public ProductNotFound(ProductId productId) {
        super(Kind.NOT_FOUND, "product-not-found", "product.notFound", "No product " + productId);
    }
}
