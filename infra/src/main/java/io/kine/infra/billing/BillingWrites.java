package io.kine.infra.billing;

import io.kine.infra.security.KineUser;
import io.kine.kernel.billing.AddInvoiceLine;
import io.kine.kernel.billing.ApplyPatientCredit;
import io.kine.kernel.billing.BillableAppointment;
import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.CreditInvoice;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.DraftInvoice;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.IssueInvoice;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductView;
import io.kine.kernel.billing.RecordPayment;
import io.kine.kernel.billing.RefundPatientCredit;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What both the billing pages and the API do: open drafts (from an appointment in one go), add
 * lines from the catalog, issue with today's date in the clinic's time zone, record payments
 * under an idempotency key, credit, and use or refund a patient's credit. Each returns what the
 * read model shows once it caught up.
 */
@Component
class BillingWrites {

    private final CommandGateway commands;
    private final BillingReads reads;
    private final Clock clock;
    private final ZoneId clinicZone;
    private final Period paymentTerms;

    BillingWrites(CommandGateway commands, BillingReads reads, Clock clock,
            @Value("${kine.default-time-zone:Europe/Paris}") ZoneId clinicZone,
            @Value("${kine.billing.payment-terms:P30D}") Period paymentTerms) {
        this.commands = commands;
        this.reads = reads;
        this.clock = clock;
        this.clinicZone = clinicZone;
        this.paymentTerms = paymentTerms;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(clinicZone));
    }

    InvoiceView draft(KineUser user, PatientId patient, String caseReference, Locale language, BilledItem billed,
            String notes) {
        return draft(user, InvoiceId.random(), patient, caseReference, language, billed, notes);
    }

    private InvoiceView draft(KineUser user, InvoiceId invoice, PatientId patient, String caseReference,
            Locale language, BilledItem billed, String notes) {
        OrganizationId organization = user.organizationId();
        var settings = reads.organization(organization);
        commands.sendAndWait(new DraftInvoice(invoice, organization, patient, caseReference, settings.currency(),
                language == null ? settings.defaultLocale() : language, billed, notes));
        return reads.awaitInvoice(organization, invoice, 0);
    }

    /**
     * Bills a completed appointment: a draft with its type's service at the catalog price, or an
     * empty draft when the type has none. An appointment already billed answers its invoice; one
     * whose clinical visit is already billed is refused, naming that invoice.
     */
    InvoiceView billAppointment(KineUser user, AppointmentId appointment) {
        OrganizationId organization = user.organizationId();
        BillableAppointment billable = reads.billableAppointment(organization, appointment)
                .orElseThrow(() -> new AppointmentNotBillable(appointment));
        if (billable.invoiceId() != null) {
            if (billable.billedThroughVisit()) {
                throw new AlreadyBilled(billable.invoiceId(), billable.invoiceNumber());
            }
            return reads.existing(organization, billable.invoiceId());
        }
        Opening opening = openOnce(user, firstInvoiceOf(appointment), billable.patientId(),
                new BilledItem(BilledItem.Kind.APPOINTMENT, appointment.value()));
        if (!opening.created() || billable.productId() == null) {
            return opening.invoice();
        }
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofInstant(billable.start(), clinicZone));
        return addLine(user, opening.invoice().summary().invoiceId(), new LineRequest(billable.productId(),
                billable.productName() + " (" + day + ")", BigDecimal.ONE, billable.unitPrice(), billable.taxRate(), null));
    }

    /**
     * The first invoice of an appointment, or of the visit started from it, has an id named after
     * the appointment: a double click opens one draft, and billing the appointment and its visit
     * at the same moment cannot open two.
     */
    static InvoiceId firstInvoiceOf(AppointmentId appointment) {
        return InvoiceId.named("appointment:" + appointment);
    }

    /** A draft just opened ({@code created}), or the live one that already bills the same item. */
    record Opening(InvoiceView invoice, boolean created) {
    }

    /**
     * Opens the draft under its deterministic {@code first} id. When that id is taken by a live
     * invoice of the same item, answers it; by a live invoice of another item (the appointment of
     * a visit, or the reverse), refuses naming it; by a void or credited one, opens a fresh draft.
     */
    Opening openOnce(KineUser user, InvoiceId first, PatientId patient, BilledItem billed) {
        OrganizationId organization = user.organizationId();
        try {
            return new Opening(draft(user, first, patient, null, null, billed, null), true);
        } catch (AggregateStreamCreationException alreadyOpened) {
            InvoiceView opened = reads.awaitInvoice(organization, first, 0);
            InvoiceStatus status = opened.summary().status();
            if (status == InvoiceStatus.VOID || status == InvoiceStatus.CREDITED) {
                return new Opening(draft(user, InvoiceId.random(), patient, null, null, billed, null), true);
            }
            if (!billed.equals(opened.billedItem())) {
                throw new AlreadyBilled(first, opened.summary().number());
            }
            return new Opening(opened, false);
        }
    }

    /** A catalog line takes the item's name, price and rate for whatever the request leaves out. */
    record LineRequest(ProductId productId, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal taxRate, Discount discount) {
    }

    InvoiceView addLine(KineUser user, InvoiceId invoice, LineRequest line) {
        OrganizationId organization = user.organizationId();
        LineRequest filled = line;
        if (line.productId() != null) {
            ProductView product = reads.product(organization, line.productId())
                    .orElseThrow(() -> new io.kine.command.billing.ProductNotFound(line.productId()));
            filled = new LineRequest(product.productId(), blank(line.description()) ? product.name() : line.description(),
                    line.quantity() == null ? BigDecimal.ONE : line.quantity(),
                    line.unitPrice() == null ? product.unitPrice() : line.unitPrice(),
                    line.taxRate() == null ? product.taxRate() : line.taxRate(), line.discount());
        }
        long version = commands.<Long>sendAndWait(new AddInvoiceLine(invoice, organization, UUID.randomUUID(),
                filled.productId(), filled.description(), filled.quantity(), filled.unitPrice(),
                filled.taxRate() == null ? BigDecimal.ZERO : filled.taxRate(), filled.discount()));
        return reads.awaitInvoice(organization, invoice, version);
    }

    InvoiceView send(KineUser user, InvoiceId invoice, Object command) {
        long version = commands.<Long>sendAndWait(command);
        return reads.awaitInvoice(user.organizationId(), invoice, version);
    }

    InvoiceView issue(KineUser user, InvoiceId invoice, LocalDate dueOn) {
        LocalDate today = today();
        return send(user, invoice, new IssueInvoice(invoice, user.organizationId(), today,
                dueOn == null ? today.plus(paymentTerms) : dueOn));
    }

    InvoiceView credit(KineUser user, InvoiceId invoice, String reason) {
        return send(user, invoice, new CreditInvoice(invoice, user.organizationId(), CreditNoteId.random(), today(),
                reason));
    }

    /**
     * The payment id is derived from the invoice and the client's key: the same key records the
     * payment once, even when two copies of the request race (the loser's append fails on the
     * invoice's sequence and, retried, finds the payment already there).
     */
    InvoiceView pay(KineUser user, InvoiceId invoice, String idempotencyKey, Money amount, PaymentMethod method,
            String reference, LocalDate receivedOn) {
        if (method == PaymentMethod.CREDIT) {
            // credit is spent through the patient's account, which checks there is enough of it
            throw new io.kine.infra.web.InvalidRequest("method", "payment.invalidMethod");
        }
        PaymentId payment = PaymentId.named(user.organizationId() + ":" + invoice + ":" + idempotencyKey);
        RecordPayment command = new RecordPayment(invoice, user.organizationId(), payment, amount, method, reference,
                receivedOn == null ? today() : receivedOn);
        try {
            return send(user, invoice, command);
        } catch (ConcurrencyException raced) {
            return send(user, invoice, command);
        }
    }

    void applyCredit(KineUser user, PatientId patient, InvoiceId invoice, Money amount, String idempotencyKey) {
        PaymentId application = PaymentId.named(user.organizationId() + ":credit:" + invoice + ":" + idempotencyKey);
        commands.sendAndWait(new ApplyPatientCredit(CreditPolicy.account(patient), user.organizationId(), patient,
                application, invoice, amount));
    }

    void refundCredit(KineUser user, PatientId patient, Money amount, PaymentMethod method, String reference,
            String idempotencyKey) {
        PaymentId refund = PaymentId.named(user.organizationId() + ":refund:" + patient + ":" + idempotencyKey);
        commands.sendAndWait(new RefundPatientCredit(CreditPolicy.account(patient), user.organizationId(), patient,
                refund, amount, method, reference, today()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
