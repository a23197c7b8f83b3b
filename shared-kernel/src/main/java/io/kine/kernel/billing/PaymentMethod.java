package io.kine.kernel.billing;

/** How money came in (or went back). CREDIT is the patient's own credit applied to an invoice. */
public enum PaymentMethod {
    CASH, CARD, TRANSFER, CHEQUE, CREDIT
}
