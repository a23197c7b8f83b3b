package io.kine.command.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kine.kernel.billing.AddInvoiceLine;
import io.kine.kernel.billing.CreditInvoice;
import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.DiscountKind;
import io.kine.kernel.billing.DraftInvoice;
import io.kine.kernel.billing.InvoiceCredited;
import io.kine.kernel.billing.InvoiceDrafted;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceIssued;
import io.kine.kernel.billing.InvoiceLineAdded;
import io.kine.kernel.billing.IssueInvoice;
import io.kine.kernel.billing.LineAmounts;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentRecorded;
import io.kine.kernel.billing.PaymentReminderSent;
import io.kine.kernel.billing.RecordPayment;
import io.kine.kernel.billing.RecordPaymentReminder;
import io.kine.kernel.billing.RemoveInvoiceLine;
import io.kine.kernel.billing.TaxLine;
import io.kine.kernel.billing.VoidInvoice;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    static final OrganizationId CLINIC = OrganizationId.random();
    static final PatientId PATIENT = PatientId.random();
    static final InvoiceId INVOICE = InvoiceId.random();
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = ISSUED.plusDays(30);
    static final UUID LINE = UUID.randomUUID();

    private AggregateTestFixture<Invoice> fixture;
    private InMemoryDocumentNumbers numbers;

    @BeforeEach
    void setUp() {
        numbers = new InMemoryDocumentNumbers();
        fixture = new AggregateTestFixture<>(Invoice.class);
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(Clock.fixed(ISSUED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static InvoiceDrafted drafted() {
        return new InvoiceDrafted(INVOICE, CLINIC, PATIENT, null, "EUR", Locale.FRENCH, null, null);
    }

    static InvoiceLineAdded line(UUID id, int position, String quantity, String price, String rate) {
        return new InvoiceLineAdded(INVOICE, CLINIC, PATIENT, id, position, null, "Séance", new BigDecimal(quantity),
                new BigDecimal(price), new BigDecimal(rate), Discount.NONE, LineAmounts.of(new BigDecimal(quantity),
                        new BigDecimal(price), new BigDecimal(rate), Discount.NONE, "EUR"));
    }

    static InvoiceIssued issued(String total) {
        return new InvoiceIssued(INVOICE, CLINIC, PATIENT, "2026-000001", 2026, 1, ISSUED, DUE,
                new LineAmounts(eur(total), eur("0"), eur(total)), List.of(new TaxLine(BigDecimal.ZERO, eur(total),
                        eur("0"), eur(total))));
    }

    static RecordPayment pay(PaymentId id, String amount) {
        return new RecordPayment(INVOICE, CLINIC, id, eur(amount), PaymentMethod.CARD, "TPE 42", ISSUED);
    }

    @Test
    void opensADraftWithoutNumberInTheOrganizationsCurrency() {
        fixture.givenNoPriorActivity()
                .when(new DraftInvoice(INVOICE, CLINIC, PATIENT, "  ", "EUR", Locale.forLanguageTag("ar-MA"), null, null))
                .expectEvents(new InvoiceDrafted(INVOICE, CLINIC, PATIENT, null, "EUR", Locale.forLanguageTag("ar"),
                        null, null));
    }

    @Test
    void roundsEachLineHalfUpAfterItsPercentDiscountThenTaxesTheRoundedNet() {
        // 3 x 10.005 = 30.015, minus 10 % = 27.0135 -> 27.01 net; 20 % tax = 5.402 -> 5.40
        fixture.given(drafted())
                .when(new AddInvoiceLine(INVOICE, CLINIC, LINE, null, "Bande", new BigDecimal("3"),
                        new BigDecimal("10.005"), new BigDecimal("20"), new Discount(DiscountKind.PERCENT, BigDecimal.TEN)))
                .expectEvents(new InvoiceLineAdded(INVOICE, CLINIC, PATIENT, LINE, 1, null, "Bande", new BigDecimal("3"),
                        new BigDecimal("10.005"), new BigDecimal("20"), new Discount(DiscountKind.PERCENT, BigDecimal.TEN),
                        new LineAmounts(eur("27.01"), eur("5.40"), eur("32.41"))));
    }

    @Test
    void takesAnAmountDiscountOffTheLineBeforeTax() {
        fixture.given(drafted())
                .when(new AddInvoiceLine(INVOICE, CLINIC, LINE, null, "Séance", BigDecimal.ONE, new BigDecimal("50"),
                        new BigDecimal("5.5"), new Discount(DiscountKind.AMOUNT, new BigDecimal("4.5"))))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                        "amounts=LineAmounts[net=45.50 EUR, tax=2.50 EUR, total=48.00 EUR]"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void refusesADiscountLargerThanTheLineAndABadQuantityAtOnce() {
        fixture.given(drafted())
                .when(new AddInvoiceLine(INVOICE, CLINIC, LINE, null, "Séance", BigDecimal.ZERO, new BigDecimal("50"),
                        new BigDecimal("120"), new Discount(DiscountKind.PERCENT, new BigDecimal("150"))))
                .expectException(InvalidBillingInput.class)
                .expectNoEvents();
    }

    @Test
    void issuesWithTheNextNumberTotalsAndATaxBreakdownPerRate() {
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        numbers.lastNumber = 41;
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), line(second, 2, "2", "12.50", "20"),
                        line(third, 3, "1", "9.99", "20"))
                .when(new IssueInvoice(INVOICE, CLINIC, ISSUED, DUE))
                .expectEvents(new InvoiceIssued(INVOICE, CLINIC, PATIENT, "2026-000042", 2026, 42, ISSUED, DUE,
                        new LineAmounts(eur("74.99"), eur("7.00"), eur("81.99")),
                        List.of(new TaxLine(new BigDecimal("0"), eur("40"), eur("0"), eur("40")),
                                new TaxLine(new BigDecimal("20"), eur("34.99"), eur("7.00"), eur("41.99")))));
    }

    @Test
    void refusesToIssueAnInvoiceWithoutLinesAndTakesNoNumber() {
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"))
                .andGiven(new io.kine.kernel.billing.InvoiceLineRemoved(INVOICE, CLINIC, PATIENT, LINE))
                .when(new IssueInvoice(INVOICE, CLINIC, ISSUED, DUE))
                .expectException(EmptyInvoice.class)
                .expectNoEvents();
        assertThat(numbers.lastNumber).isZero();
    }

    @Test
    void neverChangesAnIssuedInvoice() {
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"))
                .when(new RemoveInvoiceLine(INVOICE, CLINIC, LINE))
                .expectException(InvoiceTransitionRefused.class)
                .expectNoEvents();
    }

    @Test
    void voidsADraftButNotAnIssuedInvoice() {
        fixture.given(drafted()).when(new VoidInvoice(INVOICE, CLINIC, "erreur"))
                .expectSuccessfulHandlerExecution();
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"))
                .when(new VoidInvoice(INVOICE, CLINIC, "erreur"))
                .expectException(InvoiceTransitionRefused.class);
    }

    @Test
    void recordsAPartialPaymentThenTheRestAsPaid() {
        PaymentId first = PaymentId.random();
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"),
                        new PaymentRecorded(INVOICE, CLINIC, PATIENT, first, eur("15"), PaymentMethod.CASH, null, ISSUED,
                                eur("15"), eur("0"), eur("25")))
                .when(pay(PaymentId.random(), "25"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString(
                                        "applied=25.00 EUR, excess=0.00 EUR, balanceDue=0.00 EUR"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void keepsMoneyBeyondWhatIsDueAsExcessForThePatientsCredit() {
        PaymentId payment = PaymentId.random();
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"))
                .when(pay(payment, "50"))
                .expectEvents(new PaymentRecorded(INVOICE, CLINIC, PATIENT, payment, eur("50"), PaymentMethod.CARD,
                        "TPE 42", ISSUED, eur("40"), eur("10"), eur("0")));
    }

    @Test
    void recordsAPaymentSentTwiceWithTheSameKeyOnce() {
        PaymentId payment = PaymentId.random();
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"),
                        new PaymentRecorded(INVOICE, CLINIC, PATIENT, payment, eur("10"), PaymentMethod.CARD, null, ISSUED,
                                eur("10"), eur("0"), eur("30")))
                .when(pay(payment, "10"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesAPaymentOnADraft() {
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"))
                .when(pay(PaymentId.random(), "10"))
                .expectException(InvoiceTransitionRefused.class)
                .expectNoEvents();
    }

    @Test
    void creditsAnIssuedInvoiceWithItsOwnNumberAndHandsWhatWasPaidToCredit() {
        CreditNoteId note = CreditNoteId.random();
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"),
                        new PaymentRecorded(INVOICE, CLINIC, PATIENT, PaymentId.random(), eur("15"), PaymentMethod.CASH,
                                null, ISSUED, eur("15"), eur("0"), eur("25")))
                .when(new CreditInvoice(INVOICE, CLINIC, note, ISSUED.plusDays(3), "Séance annulée"))
                .expectEvents(new InvoiceCredited(INVOICE, CLINIC, PATIENT, note, "AV-2026-000001", 2026, 1,
                        ISSUED.plusDays(3), "Séance annulée", new LineAmounts(eur("40"), eur("0"), eur("40")),
                        List.of(new TaxLine(new BigDecimal("0"), eur("40"), eur("0"), eur("40"))), eur("15")));
    }

    @Test
    void refusesToCreditADraftOrTwice() {
        fixture.given(drafted())
                .when(new CreditInvoice(INVOICE, CLINIC, CreditNoteId.random(), ISSUED, "x"))
                .expectException(InvoiceTransitionRefused.class);
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"),
                        new InvoiceCredited(INVOICE, CLINIC, PATIENT, CreditNoteId.random(), "AV-2026-000001", 2026, 1,
                                ISSUED, "x", new LineAmounts(eur("40"), eur("0"), eur("40")), List.of(), eur("0")))
                .when(new CreditInvoice(INVOICE, CLINIC, CreditNoteId.random(), ISSUED, "x"))
                .expectException(InvoiceTransitionRefused.class)
                .expectNoEvents();
    }

    @Test
    void remindsOnceADunningStepIsDueAndNeverOncePaid() {
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"))
                .when(new RecordPaymentReminder(INVOICE, CLINIC, 1, 7, DUE.plusDays(7), "amina@example.org"))
                .expectEvents(new PaymentReminderSent(INVOICE, CLINIC, PATIENT, 1, 7, DUE.plusDays(7), eur("40"),
                        "amina@example.org"));
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"))
                .when(new RecordPaymentReminder(INVOICE, CLINIC, 1, 7, DUE.plusDays(6), "amina@example.org"))
                .expectException(ReminderNotDue.class);
        fixture.given(drafted(), line(LINE, 1, "1", "40", "0"), issued("40"),
                        new PaymentRecorded(INVOICE, CLINIC, PATIENT, PaymentId.random(), eur("40"), PaymentMethod.CASH,
                                null, ISSUED, eur("40"), eur("0"), eur("0")))
                .when(new RecordPaymentReminder(INVOICE, CLINIC, 1, 7, DUE.plusDays(30), "amina@example.org"))
                .expectException(ReminderNotDue.class)
                .expectNoEvents();
    }

    @Test
    void answersAnotherClinicAsIfTheInvoiceDidNotExist() {
        fixture.given(drafted())
                .when(new RemoveInvoiceLine(INVOICE, OrganizationId.random(), LINE))
                .expectException(InvoiceNotFound.class);
    }

    /** The numbering table as a counter, so fixture tests see which number was taken. */
    static final class InMemoryDocumentNumbers implements DocumentNumbers {

        long lastNumber;

        @Override
        public long next(OrganizationId organization, Series series, int year) {
            return ++lastNumber;
        }
    }
}
