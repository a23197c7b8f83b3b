package io.kine.kernel.billing;

/**
 * draft -> issued -> partially paid -> paid; a draft may be voided (it never had a number);
 * an issued invoice is never changed again, only cancelled by a credit note (then CREDITED).
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID, CREDITED
}
