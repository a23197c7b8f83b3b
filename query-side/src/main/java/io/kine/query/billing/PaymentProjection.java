package io.kine.query.billing;

import io.kine.kernel.billing.DunningStepsChanged;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PatientCreditAdded;
import io.kine.kernel.billing.PatientCreditApplied;
import io.kine.kernel.billing.PatientCreditRefunded;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentRecorded;
import io.kine.kernel.billing.PaymentReminderSent;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentTypeServiceChosen;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments, reminders, patient credit and the settings billing reads ({@code payment},
 * {@code payment_reminder}, {@code patient_credit_movement}, {@code patient_balance},
 * {@code dunning_settings}, {@code appointment_type_service}). Rows are keyed by the payment,
 * step or movement id and inserted once; the invoice's own columns move only with its version.
 * Same processing group as {@link InvoiceProjection}, whose reset handler truncates these tables.
 */
@Component
@ProcessingGroup(InvoiceProjection.GROUP)
class PaymentProjection {

    private final JdbcClient jdbc;
    private final PatientBalances balances;
    private final BillingGeneration generation;

    PaymentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.balances = new PatientBalances(jdbc);
        this.generation = new BillingGeneration(jdbc);
    }

    @EventHandler
    void on(PaymentRecorded event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                UPDATE read_model.invoice SET paid = paid + :applied, balance_due = :due,
                    status = CASE WHEN status = 'CREDITED' THEN status WHEN :due = 0 THEN 'PAID' ELSE 'PARTIALLY_PAID' END,
                    updated_at = :at, version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", event.invoiceId().value())
                .param("applied", event.applied().amount())
                .param("due", event.balanceDue().amount())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
        jdbc.sql("""
                INSERT INTO read_model.payment (payment_id, invoice_id, organization_id, patient_id, amount, currency,
                    method, reference, received_on, applied, excess, recorded_at)
                VALUES (:payment, :invoice, :organization, :patient, :amount, :currency, :method, :reference,
                    :receivedOn, :applied, :excess, :at)
                ON CONFLICT (payment_id) DO NOTHING
                """)
                .param("payment", event.paymentId().value())
                .param("invoice", event.invoiceId().value())
                .param("organization", event.organizationId().value())
                .param("patient", event.patientId().value())
                .param("amount", event.amount().amount())
                .param("currency", event.amount().currency())
                .param("method", event.method().name())
                .param("reference", event.reference())
                .param("receivedOn", event.receivedOn())
                .param("applied", event.applied().amount())
                .param("excess", event.excess().amount())
                .param("at", Timestamp.from(at))
                .update();
        balances.recompute(event.patientId(), event.organizationId().value(), event.amount().currency(), at);
    }

    @EventHandler
    void on(PaymentReminderSent event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                INSERT INTO read_model.payment_reminder (invoice_id, step, step_days, sent_on, balance_due, recipient)
                VALUES (:id, :step, :days, :sentOn, :due, :recipient) ON CONFLICT DO NOTHING
                """)
                .param("id", event.invoiceId().value())
                .param("step", event.step())
                .param("days", event.stepDays())
                .param("sentOn", event.sentOn())
                .param("due", event.balanceDue().amount())
                .param("recipient", event.recipient())
                .update();
        jdbc.sql("""
                UPDATE read_model.invoice SET last_reminder_step = greatest(last_reminder_step, :step),
                    last_reminded_on = :sentOn, updated_at = :at, version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", event.invoiceId().value())
                .param("step", event.step())
                .param("sentOn", event.sentOn())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(PatientCreditAdded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        movement(event.sourceId(), event.organizationId(), event.patientId(), "ADDED", event.invoiceId().value(),
                event.amount(), null, null, event.creditAfter(), at);
    }

    @EventHandler
    void on(PatientCreditApplied event, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        movement(event.applicationId().value(), event.organizationId(), event.patientId(), "APPLIED",
                event.invoiceId().value(), event.amount(), null, null, event.creditAfter(), at);
    }

    @EventHandler
    void on(PatientCreditRefunded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        movement(event.refundId().value(), event.organizationId(), event.patientId(), "REFUNDED", null, event.amount(),
                event.method(), event.reference(), event.creditAfter(), at);
    }

    @EventHandler
    void on(DunningStepsChanged event, @SequenceNumber long version) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                INSERT INTO read_model.dunning_settings (organization_id, step_days, version)
                VALUES (:organization, :steps, :version)
                ON CONFLICT (organization_id) DO UPDATE SET step_days = EXCLUDED.step_days, version = EXCLUDED.version
                    WHERE read_model.dunning_settings.version < EXCLUDED.version
                """)
                .param("organization", event.organizationId().value())
                .param("steps", event.stepDays().toArray(Integer[]::new))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(AppointmentTypeServiceChosen event, @SequenceNumber long version) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                INSERT INTO read_model.appointment_type_service (appointment_type_id, organization_id, product_id, version)
                VALUES (:type, :organization, :product, :version)
                ON CONFLICT (appointment_type_id) DO UPDATE SET product_id = EXCLUDED.product_id, version = EXCLUDED.version
                    WHERE read_model.appointment_type_service.version < EXCLUDED.version
                """)
                .param("type", event.appointmentTypeId().value())
                .param("organization", event.organizationId().value())
                .param("product", event.productId() == null ? null : event.productId().value())
                .param("version", version)
                .update();
    }

    private void movement(UUID id, OrganizationId organization, PatientId patient, String kind, UUID invoice,
            Money amount, PaymentMethod method, String reference, Money creditAfter, Instant at) {
        jdbc.sql("""
                INSERT INTO read_model.patient_credit_movement (movement_id, organization_id, patient_id, kind,
                    invoice_id, amount, currency, method, reference, credit_after, occurred_at)
                VALUES (:id, :organization, :patient, :kind, :invoice, :amount, :currency, :method, :reference,
                    :creditAfter, :at)
                ON CONFLICT (movement_id) DO NOTHING
                """)
                .param("id", id)
                .param("organization", organization.value())
                .param("patient", patient.value())
                .param("kind", kind)
                .param("invoice", invoice)
                .param("amount", amount.amount())
                .param("currency", amount.currency())
                .param("method", method == null ? null : method.name())
                .param("reference", reference)
                .param("creditAfter", creditAfter.amount())
                .param("at", Timestamp.from(at))
                .update();
        balances.recompute(patient, organization.value(), amount.currency(), at);
    }
}
