package io.kine.infra.billing;

import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.billing.AddPatientCredit;
import io.kine.kernel.billing.CreditSource;
import io.kine.kernel.billing.InvoiceCredited;
import io.kine.kernel.billing.PatientAccountId;
import io.kine.kernel.billing.PatientCreditApplied;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentRecorded;
import io.kine.kernel.billing.RecordPayment;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Moves money between invoices and a patient's credit, so none is ever lost: money paid beyond
 * an invoice and money paid on an invoice that gets credited becomes credit; credit applied to
 * an invoice is recorded there as a CREDIT payment. It runs as a tracking processor (retried
 * from its token after a failure), and every command it sends is keyed by the event's own ids,
 * so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup("billing-credit")
class CreditPolicy {

    private final SystemCommands commands;
    private final ZoneId clinicZone;

    CreditPolicy(SystemCommands commands, @Value("${kine.default-time-zone:Europe/Paris}") ZoneId clinicZone) {
        this.commands = commands;
        this.clinicZone = clinicZone;
    }

    @EventHandler
    void on(PaymentRecorded event) {
        if (event.excess().isPositive()) {
            commands.send(new AddPatientCredit(account(event.patientId()), event.organizationId(), event.patientId(),
                    excessOf(event), CreditSource.OVERPAYMENT, event.invoiceId(), event.excess()),
                    event.organizationId());
        }
    }

    @EventHandler
    void on(InvoiceCredited event) {
        if (event.refundable().isPositive()) {
            commands.send(new AddPatientCredit(account(event.patientId()), event.organizationId(), event.patientId(),
                    event.creditNoteId().value(), CreditSource.CREDIT_NOTE, event.invoiceId(), event.refundable()),
                    event.organizationId());
        }
    }

    @EventHandler
    void on(PatientCreditApplied event, @Timestamp java.time.Instant at) {
        commands.send(new RecordPayment(event.invoiceId(), event.organizationId(), event.applicationId(),
                event.amount(), PaymentMethod.CREDIT, null, LocalDate.ofInstant(at, clinicZone)), event.organizationId());
    }

    /** Its own id: a CREDIT payment's id is already the id of the credit movement that paid it. */
    private static java.util.UUID excessOf(PaymentRecorded event) {
        return java.util.UUID.nameUUIDFromBytes(("excess:" + event.paymentId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static PatientAccountId account(io.kine.kernel.patients.PatientId patient) {
        return PatientAccountId.named(patient.toString());
    }
}
