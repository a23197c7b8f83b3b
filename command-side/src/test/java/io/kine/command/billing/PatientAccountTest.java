package io.kine.command.billing;

import io.kine.kernel.billing.AddPatientCredit;
import io.kine.kernel.billing.ApplyPatientCredit;
import io.kine.kernel.billing.CreditSource;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.PatientCreditAdded;
import io.kine.kernel.billing.PatientCreditApplied;
import io.kine.kernel.billing.PatientCreditRefunded;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.RefundPatientCredit;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientAccountTest {

    static final OrganizationId CLINIC = OrganizationId.random();
    static final PatientId PATIENT = PatientId.random();
    static final PatientAccountId ACCOUNT = PatientAccount.idOf(PATIENT);
    static final InvoiceId FIRST = InvoiceId.random();
    static final InvoiceId SECOND = InvoiceId.random();
    static final UUID OVERPAYMENT = UUID.randomUUID();

    private AggregateTestFixture<PatientAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PatientAccount.class);
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static PatientCreditAdded tenEurosOfCredit() {
        return new PatientCreditAdded(ACCOUNT, CLINIC, PATIENT, OVERPAYMENT, CreditSource.OVERPAYMENT, FIRST, eur("10"),
                eur("10"));
    }

    @Test
    void keepsAnOverpaymentAsCreditOnce() {
        fixture.givenNoPriorActivity()
                .when(new AddPatientCredit(ACCOUNT, CLINIC, PATIENT, OVERPAYMENT, CreditSource.OVERPAYMENT, FIRST, eur("10")))
                .expectEvents(tenEurosOfCredit());
        fixture.given(tenEurosOfCredit())
                .when(new AddPatientCredit(ACCOUNT, CLINIC, PATIENT, OVERPAYMENT, CreditSource.OVERPAYMENT, FIRST, eur("10")))
                .expectNoEvents();
    }

    @Test
    void appliesCreditToAnotherInvoiceLater() {
        PaymentId application = PaymentId.random();
        fixture.given(tenEurosOfCredit())
                .when(new ApplyPatientCredit(ACCOUNT, CLINIC, PATIENT, application, SECOND, eur("6")))
                .expectEvents(new PatientCreditApplied(ACCOUNT, CLINIC, PATIENT, application, SECOND, eur("6"), eur("4")));
    }

    @Test
    void refusesToSpendMoreCreditThanThereIs() {
        fixture.given(tenEurosOfCredit())
                .when(new ApplyPatientCredit(ACCOUNT, CLINIC, PATIENT, PaymentId.random(), SECOND, eur("10.01")))
                .expectException(InsufficientCredit.class)
                .expectNoEvents();
    }

    @Test
    void refundsCreditInCashButNotAsCredit() {
        PaymentId refund = PaymentId.random();
        LocalDate today = LocalDate.of(2026, 4, 1);
        fixture.given(tenEurosOfCredit())
                .when(new RefundPatientCredit(ACCOUNT, CLINIC, PATIENT, refund, eur("10"), PaymentMethod.CASH, null, today))
                .expectEvents(new PatientCreditRefunded(ACCOUNT, CLINIC, PATIENT, refund, eur("10"), PaymentMethod.CASH,
                        null, today, eur("0")));
        fixture.given(tenEurosOfCredit())
                .when(new RefundPatientCredit(ACCOUNT, CLINIC, PATIENT, refund, eur("1"), PaymentMethod.CREDIT, null, today))
                .expectException(InvalidBillingInput.class);
    }
}
