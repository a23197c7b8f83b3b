package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.billing.AddInvoiceLine;
import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.CreditInvoice;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.DraftInvoice;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.IssueInvoice;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.RecordPayment;
import io.kine.kernel.billing.VoidInvoice;
import io.kine.kernel.organization.OrganizationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The billing side of a generated history, as the front desk does it from the "to bill" page:
 * each signed visit is drafted under the id the page gives it, with one line of the service its
 * appointment's type is billed with, at the catalog price; it is issued on the visit's day or a
 * few days later, and paid: most in full on the day or within four weeks, some in two parts,
 * about 5 % never, and a few are credited. About 1 % of drafts are voided and billed again.
 *
 * <p>Dates are the commands' own: {@code IssueInvoice} carries the issue date and
 * {@code RecordPayment} the day the money was received, as they do from the pages (where the
 * issue date is always today). No clock is moved. What the generator must respect is the French
 * rule that invoice and credit-note numbers follow each other without gaps and in the order of
 * their dates within an organization and year: the aggregate takes the next number when it
 * issues, and the practitioners' histories are written in parallel, so issues and credits are
 * only planned while the appointments are written, and sent once the whole organization is
 * done, one at a time in the order of their dates. Payments follow, in parallel. Nothing dated
 * after today is sent: recent invoices stay due, as they would be.
 */
@Component
@Order(2)
class DemoBillingHistory implements DemoHistoryExtension {

    static final double VOIDED = 0.01;
    static final double CREDITED = 0.01;
    static final double UNPAID = 0.05;
    static final double IN_TWO_PARTS = 0.10;
    private static final List<PaymentMethod> METHODS = List.of(PaymentMethod.CARD, PaymentMethod.CARD,
            PaymentMethod.CARD, PaymentMethod.CHEQUE, PaymentMethod.TRANSFER, PaymentMethod.CASH);
    private static final Comparator<Dated> IN_ORDER = Comparator.comparing(Dated::on)
            .thenComparing(Dated::credit)
            .thenComparing(dated -> dated.invoice().start())
            .thenComparing(dated -> dated.invoice().invoiceId().value());

    private final SystemCommands commands;
    private final Clock clock;
    private final Map<OrganizationId, List<Planned>> planned = new ConcurrentHashMap<>();

    DemoBillingHistory(SystemCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** An invoice drafted and waiting for its issue, maybe its credit note, and its payments. */
    private record Planned(InvoiceId invoiceId, Instant start, LocalDate issuedOn, LocalDate dueOn,
            LocalDate creditedOn, List<Payment> payments) {
    }

    private record Payment(Money amount, PaymentMethod method, LocalDate receivedOn) {
    }

    /** An issue or a credit note: what takes a number. */
    private record Dated(Planned invoice, LocalDate on, boolean credit) {
    }

    @Override
    public void appointmentCompleted(CompletedAppointment appointment, Random random) {
        if (appointment.service() == null) {
            return;
        }
        OrganizationId clinic = appointment.organizationId();
        LocalDate day = LocalDate.ofInstant(appointment.start(), appointment.zone());
        LocalDate today = LocalDate.now(clock.withZone(appointment.zone()));
        InvoiceId invoice = InvoiceId.named("appointment:" + appointment.appointmentId());
        draft(invoice, appointment, day);
        if (random.nextDouble() < VOIDED) {
            commands.send(new VoidInvoice(invoice, clinic, "Facture ouverte en double"), clinic);
            invoice = InvoiceId.random();
            draft(invoice, appointment, day);
        }
        LocalDate issuedOn = earliest(random.nextDouble() < 0.7 ? day : day.plusDays(1 + random.nextInt(10)), today);
        Money total = total(appointment.service());
        double fate = random.nextDouble();
        PaymentMethod method = METHODS.get(random.nextInt(METHODS.size()));
        LocalDate creditedOn = null;
        List<Payment> payments = new ArrayList<>();
        if (fate < CREDITED) {
            creditedOn = earliest(issuedOn.plusDays(1 + random.nextInt(20)), today);
        } else if (fate < CREDITED + UNPAID) {
            // left due: the aging report's older buckets
        } else if (fate < CREDITED + UNPAID + IN_TWO_PARTS) {
            Money first = new Money(total.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN), total.currency());
            LocalDate firstOn = issuedOn.plusDays(random.nextInt(8));
            payments.add(new Payment(first, method, firstOn));
            payments.add(new Payment(total.minus(first), method, firstOn.plusDays(14 + random.nextInt(45))));
        } else {
            boolean onTheDay = random.nextDouble() < 0.6;
            payments.add(new Payment(total, method, onTheDay ? issuedOn : issuedOn.plusDays(1 + random.nextInt(28))));
        }
        payments.removeIf(payment -> payment.receivedOn().isAfter(today));
        planned.computeIfAbsent(clinic, key -> Collections.synchronizedList(new ArrayList<>()))
                .add(new Planned(invoice, appointment.start(), issuedOn, issuedOn.plusDays(30), creditedOn, payments));
    }

    /** The draft of the visit with the service of its appointment's type, as the "to bill" page opens it. */
    private void draft(InvoiceId invoice, CompletedAppointment appointment, LocalDate day) {
        OrganizationId clinic = appointment.organizationId();
        commands.send(new DraftInvoice(invoice, clinic, appointment.patientId(), null, DemoHistory.CURRENCY,
                Locale.FRENCH, new BilledItem(BilledItem.Kind.VISIT,
                        DemoClinicalHistory.visitOf(appointment.appointmentId()).value()), null), clinic);
        Service service = appointment.service();
        commands.send(new AddInvoiceLine(invoice, clinic, UUID.nameUUIDFromBytes(("line:" + invoice).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                service.productId(), service.name() + " (" + DateTimeFormatter.ISO_LOCAL_DATE.format(day) + ")",
                BigDecimal.ONE, service.unitPrice(), service.taxRate(), null), clinic);
    }

    /** Issues and credit notes in the order of their dates, one at a time; then the payments. */
    @Override
    public void historyCompleted(OrganizationId organizationId, int threads) {
        List<Planned> invoices = planned.remove(organizationId);
        if (invoices == null) {
            return;
        }
        List<Dated> numbered = new ArrayList<>();
        for (Planned invoice : invoices) {
            numbered.add(new Dated(invoice, invoice.issuedOn(), false));
            if (invoice.creditedOn() != null) {
                numbered.add(new Dated(invoice, invoice.creditedOn(), true));
            }
        }
        numbered.sort(IN_ORDER);
        for (Dated dated : numbered) {
            Planned invoice = dated.invoice();
            commands.send(dated.credit()
                    ? new CreditInvoice(invoice.invoiceId(), organizationId, CreditNoteId.random(), dated.on(),
                            "Erreur de cotation")
                    : new IssueInvoice(invoice.invoiceId(), organizationId, invoice.issuedOn(), invoice.dueOn()),
                    organizationId);
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> done = new ArrayList<>();
            int slices = Math.max(1, threads);
            for (int slice = 0; slice < slices; slice++) {
                int first = slice;
                done.add(workers.submit(() -> {
                    for (int i = first; i < invoices.size(); i += slices) {
                        pay(organizationId, invoices.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The demo payments were interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The demo payments could not be recorded", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** Each payment under an idempotency key, as the pages record them. */
    private void pay(OrganizationId organizationId, Planned invoice) {
        int part = 0;
        for (Payment payment : invoice.payments()) {
            part++;
            PaymentId id = PaymentId.named(organizationId + ":" + invoice.invoiceId() + ":demo-payment-" + part);
            commands.send(new RecordPayment(invoice.invoiceId(), organizationId, id, payment.amount(), payment.method(),
                    null, payment.receivedOn()), organizationId);
        }
    }

    private static Money total(Service service) {
        BigDecimal withTax = service.unitPrice().multiply(BigDecimal.ONE.add(service.taxRate().movePointLeft(2)))
                .setScale(2, RoundingMode.HALF_UP);
        return new Money(withTax, DemoHistory.CURRENCY);
    }

    private static LocalDate earliest(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? today : day;
    }
}
