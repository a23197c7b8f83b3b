package io.kine.command.billing;

/** How numbers print: {@code 2026-000042} for invoices, {@code AV-2026-000003} for credit notes ("avoir"). */
final class InvoiceNumbers {

    private InvoiceNumbers() {
    }

    static String invoice(int year, long sequence) {
        return "%d-%06d".formatted(year, sequence);
    }

    static String creditNote(int year, long sequence) {
        return "AV-%d-%06d".formatted(year, sequence);
    }
}
