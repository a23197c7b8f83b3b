package io.kine.command.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.command.billing.DocumentNumbers.Series;
import io.kine.kernel.billing.AddInvoiceLine;
import io.kine.kernel.billing.ChangeInvoiceDraft;
import io.kine.kernel.billing.CreditInvoice;
import io.kine.kernel.billing.DraftInvoice;
import io.kine.kernel.billing.InvoiceCredited;
import io.kine.kernel.billing.InvoiceDraftChanged;
import io.kine.kernel.billing.InvoiceDrafted;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceIssued;
import io.kine.kernel.billing.InvoiceLineAdded;
import io.kine.kernel.billing.InvoiceLineRemoved;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.InvoiceVoided;
import io.kine.kernel.billing.IssueInvoice;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentRecorded;
import io.kine.kernel.billing.PaymentReminderSent;
import io.kine.kernel.billing.RecordPayment;
import io.kine.kernel.billing.RecordPaymentReminder;
import io.kine.kernel.billing.RemoveInvoiceLine;
import io.kine.kernel.billing.VoidInvoice;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An invoice from draft to paid or credited. Drafts change freely and have no number; issuing
 * takes the next number through {@link DocumentNumbers} in the same transaction as the event;
 * afterwards only payments, reminders and a credit note touch it. Handlers return the version.
 */
@Aggregate
class Invoice {

    private static final Set<InvoiceStatus> PAYABLE = EnumSet.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID);
    private static final Set<InvoiceStatus> FINAL = EnumSet.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID);

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private OrganizationId organizationId;
    private PatientId patientId;
    private String currency;
    private InvoiceStatus status;
    private Draft draft;
    private final InvoiceLines lines = new InvoiceLines();
    private int positions;
    private LocalDate dueOn;
    private Money total;
    private Money paid;
    private final Set<PaymentId> payments = new HashSet<>();
    private final Set<Integer> remindersSent = new HashSet<>();

    private record Draft(String caseReference, Locale language, String notes) {
    }

    Invoice() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Invoice(DraftInvoice command) {
        BillingRules rules = BillingRules.check();
        rules.require("patientId", command.patientId() != null, "billing.required")
                .require("currency", BillingRules.isCurrency(command.currency()), "billing.invalidCurrency");
        String caseReference = rules.text("caseReference", command.caseReference(), BillingRules.REFERENCE_MAX, false);
        String notes = rules.text("notes", command.notes(), BillingRules.TEXT_MAX, false);
        rules.orReject();
        apply(new InvoiceDrafted(command.invoiceId(), command.organizationId(), command.patientId(), caseReference,
                command.currency(), BillingRules.language(command.language()), command.billedItem(), notes));
    }

    @CommandHandler
    long handle(ChangeInvoiceDraft command) {
        requireStatus(command.organizationId(), "change", InvoiceStatus.DRAFT);
        BillingRules rules = BillingRules.check();
        String caseReference = rules.text("caseReference", command.caseReference(), BillingRules.REFERENCE_MAX, false);
        String notes = rules.text("notes", command.notes(), BillingRules.TEXT_MAX, false);
        rules.orReject();
        Draft changed = new Draft(caseReference, BillingRules.language(command.language()), notes);
        if (!changed.equals(draft)) {
            apply(new InvoiceDraftChanged(invoiceId, organizationId, patientId, caseReference, changed.language(),
                    notes));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(AddInvoiceLine command) {
        requireStatus(command.organizationId(), "add a line", InvoiceStatus.DRAFT);
        if (!lines.contains(command.lineId())) {
            BillingRules.check().require("lines", lines.size() < InvoiceLines.MAX_LINES, "invoice.tooManyLines").orReject();
            apply(InvoiceLines.checked(command, patientId, positions + 1, currency));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RemoveInvoiceLine command) {
        requireStatus(command.organizationId(), "remove a line", InvoiceStatus.DRAFT);
        if (lines.contains(command.lineId())) {
            apply(new InvoiceLineRemoved(invoiceId, organizationId, patientId, command.lineId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(IssueInvoice command, DocumentNumbers numbers) {
        requireStatus(command.organizationId(), "issue", InvoiceStatus.DRAFT);
        if (lines.isEmpty()) {
            throw new EmptyInvoice(invoiceId);
        }
        BillingRules.check().require("issuedOn", command.issuedOn() != null, "billing.required")
                .require("dueOn", command.dueOn() != null && command.issuedOn() != null
                        && !command.dueOn().isBefore(command.issuedOn()), "invoice.invalidDueDate")
                .orReject();
        int year = command.issuedOn().getYear();
        long sequence = numbers.next(organizationId, Series.INVOICE, year);
        apply(new InvoiceIssued(invoiceId, organizationId, patientId, InvoiceNumbers.invoice(year, sequence), year,
                sequence, command.issuedOn(), command.dueOn(), lines.totals(currency), lines.taxes(currency)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(VoidInvoice command) {
        requireStatus(command.organizationId(), "void", InvoiceStatus.DRAFT);
        BillingRules rules = BillingRules.check();
        String reason = rules.text("reason", command.reason(), BillingRules.TEXT_MAX, false);
        rules.orReject();
        apply(new InvoiceVoided(invoiceId, organizationId, patientId, reason));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CreditInvoice command, DocumentNumbers numbers) {
        requireStatus(command.organizationId(), "credit", FINAL.toArray(InvoiceStatus[]::new));
        BillingRules rules = BillingRules.check();
        String reason = rules.text("reason", command.reason(), BillingRules.TEXT_MAX, true);
        rules.require("issuedOn", command.issuedOn() != null, "billing.required").orReject();
        int year = command.issuedOn().getYear();
        long sequence = numbers.next(organizationId, Series.CREDIT_NOTE, year);
        apply(new InvoiceCredited(invoiceId, organizationId, patientId, command.creditNoteId(),
                InvoiceNumbers.creditNote(year, sequence), year, sequence, command.issuedOn(), reason,
                lines.totals(currency), lines.taxes(currency), paid));
        return AggregateLifecycle.getVersion();
    }

    /**
     * A payment id seen before records nothing (a retry). Money beyond what is due is kept as
     * the patient's credit; so is a credit payment reaching an invoice credited meanwhile.
     */
    @CommandHandler
    long handle(RecordPayment command, Clock clock) {
        requireSameOrganization(command.organizationId());
        if (payments.contains(command.paymentId())) {
            return AggregateLifecycle.getVersion();
        }
        boolean creditBack = command.method() == PaymentMethod.CREDIT && status == InvoiceStatus.CREDITED;
        if (!creditBack) {
            requireStatus(command.organizationId(), "record a payment", FINAL.toArray(InvoiceStatus[]::new));
        }
        BillingRules rules = BillingRules.check();
        String reference = rules.text("reference", command.reference(), BillingRules.REFERENCE_MAX, false);
        rules.positive("amount", command.amount(), currency)
                .require("method", command.method() != null, "billing.required")
                .require("receivedOn", command.receivedOn() != null
                        && !command.receivedOn().isAfter(LocalDate.now(clock).plusDays(1)), "payment.invalidDate")
                .orReject();
        Money due = creditBack ? Money.zero(currency) : total.minus(paid);
        Money applied = command.amount().min(due);
        apply(new PaymentRecorded(invoiceId, organizationId, patientId, command.paymentId(), command.amount(),
                command.method(), reference, command.receivedOn(), applied, command.amount().minus(applied),
                due.minus(applied)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordPaymentReminder command) {
        requireSameOrganization(command.organizationId());
        boolean due = PAYABLE.contains(status) && command.step() > 0 && !remindersSent.contains(command.step())
                && command.asOf() != null && !command.asOf().isBefore(dueOn.plusDays(command.stepDays()));
        if (!due) {
            throw new ReminderNotDue(invoiceId, command.step());
        }
        apply(new PaymentReminderSent(invoiceId, organizationId, patientId, command.step(), command.stepDays(),
                command.asOf(), total.minus(paid), command.recipient()));
        return AggregateLifecycle.getVersion();
    }

    private void requireStatus(OrganizationId caller, String step, InvoiceStatus... allowed) {
        requireSameOrganization(caller);
        if (!Set.of(allowed).contains(status)) {
            throw new InvoiceTransitionRefused(invoiceId, status, step);
        }
    }

    /** Another clinic's invoice is answered exactly like a missing one. */
    private void requireSameOrganization(OrganizationId caller) {
        if (!organizationId.equals(caller)) {
            throw new InvoiceNotFound(invoiceId);
        }
    }

    @EventSourcingHandler
    void on(InvoiceDrafted event) {
        invoiceId = event.invoiceId();
        organizationId = event.organizationId();
        patientId = event.patientId();
        currency = event.currency();
        status = InvoiceStatus.DRAFT;
        draft = new Draft(event.caseReference(), event.language(), event.notes());
        paid = Money.zero(currency);
    }

    @EventSourcingHandler
    void on(InvoiceDraftChanged event) {
        draft = new Draft(event.caseReference(), event.language(), event.notes());
    }

    @EventSourcingHandler
    void on(InvoiceLineAdded event) {
        lines.add(event.lineId(), event.taxRate(), event.amounts());
        positions = Math.max(positions, event.position());
    }

    @EventSourcingHandler
    void on(InvoiceLineRemoved event) {
        lines.remove(event.lineId());
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        status = InvoiceStatus.ISSUED;
        dueOn = event.dueOn();
        total = event.totals().total();
    }

    @EventSourcingHandler
    void on(InvoiceVoided event) {
        status = InvoiceStatus.VOID;
    }

    @EventSourcingHandler
    void on(InvoiceCredited event) {
        status = InvoiceStatus.CREDITED;
    }

    @EventSourcingHandler
    void on(PaymentRecorded event) {
        payments.add(event.paymentId());
        if (status != InvoiceStatus.CREDITED) {
            paid = paid.plus(event.applied());
            status = paid.compareTo(total) >= 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
        }
    }

    @EventSourcingHandler
    void on(PaymentReminderSent event) {
        remindersSent.add(event.step());
    }
}
