package io.kine.kernel.billing;

/** Where a patient's credit came from: money paid beyond an invoice, or paid on an invoice later credited. */
public enum CreditSource {
    OVERPAYMENT, CREDIT_NOTE
}
