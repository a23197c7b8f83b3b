package io.kine.infra.billing;

import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.CreditNoteView;
import io.kine.kernel.billing.DiscountKind;
import io.kine.kernel.billing.InvoiceLineView;
import io.kine.kernel.billing.InvoiceSummary;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentView;
import io.kine.kernel.billing.ReminderView;
import io.kine.kernel.billing.TaxLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the invoice API. Amounts are exact decimals in the invoice's {@code currency}. */
final class InvoiceJson {

    private InvoiceJson() {
    }

    record DraftRequest(UUID patientId, UUID appointmentId, String caseReference, String language, String notes) {
    }

    record LineRequest(UUID productId, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal taxRate, DiscountJson discount) {
    }

    record DiscountJson(DiscountKind kind, BigDecimal value) {
    }

    record IssueRequest(LocalDate dueOn) {
    }

    record ReasonRequest(String reason) {
    }

    record PaymentRequest(BigDecimal amount, PaymentMethod method, String reference, LocalDate receivedOn) {
    }

    record Summary(UUID id, String number, String status, UUID patientId, String patientName, String currency,
            LocalDate issuedOn, LocalDate dueOn, BigDecimal net, BigDecimal tax, BigDecimal total, BigDecimal paid,
            BigDecimal balanceDue, String creditNoteNumber, long version) {

        static Summary of(InvoiceSummary s) {
            return new Summary(s.invoiceId().value(), s.number(), s.status().name(), s.patientId().value(),
                    s.patientName(), s.total().currency(), s.issuedOn(), s.dueOn(), s.net().amount(), s.tax().amount(),
                    s.total().amount(), s.paid().amount(), s.balanceDue().amount(), s.creditNoteNumber(), s.version());
        }
    }

    record Line(UUID id, int position, UUID productId, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal taxRate, DiscountJson discount, BigDecimal net, BigDecimal tax, BigDecimal total) {

        static Line of(InvoiceLineView l) {
            return new Line(l.lineId(), l.position(), l.productId() == null ? null : l.productId().value(),
                    l.description(), l.quantity(), l.unitPrice(), l.taxRate(),
                    l.discount().isNone() ? null : new DiscountJson(l.discount().kind(), l.discount().value()),
                    l.net().amount(), l.tax().amount(), l.total().amount());
        }
    }

    record Tax(BigDecimal rate, BigDecimal net, BigDecimal tax, BigDecimal total) {

        static Tax of(TaxLine t) {
            return new Tax(t.rate(), t.net().amount(), t.tax().amount(), t.total().amount());
        }
    }

    record Payment(UUID id, UUID invoiceId, String invoiceNumber, BigDecimal amount, String currency, String method,
            String reference, LocalDate receivedOn, BigDecimal applied, BigDecimal excess) {

        static Payment of(PaymentView p) {
            return new Payment(p.paymentId().value(), p.invoiceId().value(), p.invoiceNumber(), p.amount().amount(),
                    p.amount().currency(), p.method().name(), p.reference(), p.receivedOn(), p.applied().amount(),
                    p.excess().amount());
        }
    }

    record CreditNote(UUID id, String number, LocalDate issuedOn, String reason, BigDecimal total, List<Tax> taxes) {

        static CreditNote of(CreditNoteView c) {
            return c == null ? null : new CreditNote(c.creditNoteId().value(), c.number(), c.issuedOn(), c.reason(),
                    c.total().amount(), c.taxes().stream().map(Tax::of).toList());
        }
    }

    record Full(UUID id, String number, String status, UUID patientId, String patientName, String currency,
            String language, String caseReference, BilledItem billedItem, String notes, LocalDate issuedOn,
            LocalDate dueOn, List<Line> lines, List<Tax> taxes, BigDecimal net, BigDecimal tax, BigDecimal total,
            BigDecimal paid, BigDecimal balanceDue, List<Payment> payments, List<ReminderView> reminders,
            CreditNote creditNote, long version) {

        static Full of(InvoiceView v) {
            InvoiceSummary s = v.summary();
            return new Full(s.invoiceId().value(), s.number(), s.status().name(), s.patientId().value(),
                    s.patientName(), s.total().currency(), v.language().getLanguage(), v.caseReference(),
                    v.billedItem(), v.notes(), s.issuedOn(), s.dueOn(), v.lines().stream().map(Line::of).toList(),
                    v.taxes().stream().map(Tax::of).toList(), s.net().amount(), s.tax().amount(), s.total().amount(),
                    s.paid().amount(), s.balanceDue().amount(), v.payments().stream().map(Payment::of).toList(),
                    v.reminders(), CreditNote.of(v.creditNote()), s.version());
        }
    }
}
