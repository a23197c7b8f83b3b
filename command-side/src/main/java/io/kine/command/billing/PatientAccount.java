package io.kine.command.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.billing.AddPatientCredit;
import io.kine.kernel.billing.ApplyPatientCredit;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.PatientCreditAdded;
import io.kine.kernel.billing.PatientCreditApplied;
import io.kine.kernel.billing.PatientCreditRefunded;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.RefundPatientCredit;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A patient's credit with the clinic: money paid beyond an invoice or paid on an invoice that
 * was credited. It is spent on other invoices or refunded, never below zero. Its id is derived
 * from the patient's ({@link PatientAccountId#named}), so it never collides with the patient's
 * own event stream. Each movement is keyed (source, application, refund id): a retry records
 * nothing.
 */
@Aggregate
class PatientAccount {

    @AggregateIdentifier
    private PatientAccountId accountId;
    private OrganizationId organizationId;
    private PatientId patientId;
    private Money credit;
    private final Set<UUID> movements = new HashSet<>();

    PatientAccount() {
        // for Axon: rebuilt from events, or created by the first credit
    }

    static PatientAccountId idOf(PatientId patient) {
        return PatientAccountId.named(patient.toString());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(AddPatientCredit command) {
        if (organizationId != null) {
            requireSameOrganization(command.organizationId());
        }
        if (!movements.contains(command.sourceId())) {
            String currency = command.amount() == null ? null : command.amount().currency();
            BillingRules.check().positive("amount", command.amount(), currency)
                    .require("accountId", command.accountId().equals(idOf(command.patientId())), "billing.invalid")
                    .orReject();
            Money before = credit == null ? Money.zero(currency) : credit;
            apply(new PatientCreditAdded(command.accountId(), command.organizationId(), command.patientId(),
                    command.sourceId(), command.source(), command.invoiceId(), command.amount(),
                    before.plus(command.amount())));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ApplyPatientCredit command) {
        requireSameOrganization(command.organizationId());
        if (!movements.contains(command.applicationId().value())) {
            requireCredit(command.amount());
            apply(new PatientCreditApplied(accountId, organizationId, patientId, command.applicationId(),
                    command.invoiceId(), command.amount(), credit.minus(command.amount())));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RefundPatientCredit command) {
        requireSameOrganization(command.organizationId());
        if (!movements.contains(command.refundId().value())) {
            BillingRules rules = BillingRules.check();
            String reference = rules.text("reference", command.reference(), BillingRules.REFERENCE_MAX, false);
            rules.require("method", command.method() != null && command.method() != PaymentMethod.CREDIT,
                    "payment.invalidMethod").require("refundedOn", command.refundedOn() != null, "billing.required")
                    .orReject();
            requireCredit(command.amount());
            apply(new PatientCreditRefunded(accountId, organizationId, patientId, command.refundId(), command.amount(),
                    command.method(), reference, command.refundedOn(), credit.minus(command.amount())));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireCredit(Money amount) {
        BillingRules.check().positive("amount", amount, credit.currency()).orReject();
        if (amount.compareTo(credit) > 0) {
            throw new InsufficientCredit(accountId);
        }
    }

    private void requireSameOrganization(OrganizationId caller) {
        if (!organizationId.equals(caller)) {
            throw new InsufficientCredit(accountId);
        }
    }

    @EventSourcingHandler
    void on(PatientCreditAdded event) {
        accountId = event.accountId();
        organizationId = event.organizationId();
        patientId = event.patientId();
        credit = event.creditAfter();
        movements.add(event.sourceId());
    }

    @EventSourcingHandler
    void on(PatientCreditApplied event) {
        credit = event.creditAfter();
        movements.add(event.applicationId().value());
    }

    @EventSourcingHandler
    void on(PatientCreditRefunded event) {
        credit = event.creditAfter();
        movements.add(event.refundId().value());
    }
}
