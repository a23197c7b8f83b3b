package io.kine.query.billing;

import io.kine.kernel.billing.InvoiceCredited;
import io.kine.kernel.billing.InvoiceDraftChanged;
import io.kine.kernel.billing.InvoiceDrafted;
import io.kine.kernel.billing.InvoiceIssued;
import io.kine.kernel.billing.InvoiceLineAdded;
import io.kine.kernel.billing.InvoiceLineRemoved;
import io.kine.kernel.billing.InvoiceVoided;
import io.kine.kernel.billing.TaxLine;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read_model.invoice}, {@code invoice_line} and {@code invoice_tax} in step. Every
 * write is guarded by the invoice's sequence number (a line is inserted only by the update that
 * moves the invoice to that version), so replays change nothing. The "billing" group is
 * sequenced per patient (see BillingProcessing), so the patient's balance, recomputed after
 * each event, never races with itself.
 */
@Component
@ProcessingGroup(InvoiceProjection.GROUP)
class InvoiceProjection {

    static final String GROUP = "billing";

    private final JdbcClient jdbc;
    private final PatientBalances balances;
    private final BillingGeneration generation;

    InvoiceProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.balances = new PatientBalances(jdbc);
        this.generation = new BillingGeneration(jdbc);
    }

    @EventHandler
    void on(InvoiceDrafted event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                INSERT INTO read_model.invoice (invoice_id, organization_id, patient_id, status, currency, language,
                    case_reference, billed_kind, billed_id, notes, drafted_at, updated_at, version)
                VALUES (:id, :organization, :patient, 'DRAFT', :currency, :language, :caseReference, :billedKind,
                    :billedId, :notes, :at, :at, :version)
                ON CONFLICT (invoice_id) DO NOTHING
                """)
                .param("id", event.invoiceId().value())
                .param("organization", event.organizationId().value())
                .param("patient", event.patientId().value())
                .param("currency", event.currency())
                .param("language", event.language().getLanguage())
                .param("caseReference", event.caseReference())
                .param("billedKind", event.billedItem() == null ? null : event.billedItem().kind().name())
                .param("billedId", event.billedItem() == null ? null : event.billedItem().id())
                .param("notes", event.notes())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(InvoiceDraftChanged event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                UPDATE read_model.invoice SET case_reference = :caseReference, language = :language, notes = :notes,
                    updated_at = :at, version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", event.invoiceId().value())
                .param("caseReference", event.caseReference())
                .param("language", event.language().getLanguage())
                .param("notes", event.notes())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(InvoiceLineAdded event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                WITH moved AS (
                    UPDATE read_model.invoice SET updated_at = :at, version = :version
                    WHERE invoice_id = :id AND version < :version RETURNING invoice_id)
                INSERT INTO read_model.invoice_line (invoice_id, line_id, position, product_id, description, quantity,
                    unit_price, tax_rate, discount_kind, discount_value, net, tax, total)
                SELECT invoice_id, :line, :position, :product, :description, :quantity, :unitPrice, :taxRate,
                    :discountKind, :discountValue, :net, :tax, :total FROM moved
                """)
                .param("id", event.invoiceId().value())
                .param("line", event.lineId())
                .param("position", event.position())
                .param("product", event.productId() == null ? null : event.productId().value())
                .param("description", event.description())
                .param("quantity", event.quantity())
                .param("unitPrice", event.unitPrice())
                .param("taxRate", event.taxRate())
                .param("discountKind", event.discount().kind().name())
                .param("discountValue", event.discount().value())
                .param("net", event.amounts().net().amount())
                .param("tax", event.amounts().tax().amount())
                .param("total", event.amounts().total().amount())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
        draftTotals(event.invoiceId().value());
    }

    @EventHandler
    void on(InvoiceLineRemoved event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        if (moveTo(event.invoiceId().value(), version, at)) {
            jdbc.sql("DELETE FROM read_model.invoice_line WHERE invoice_id = :id AND line_id = :line")
                    .param("id", event.invoiceId().value()).param("line", event.lineId()).update();
            draftTotals(event.invoiceId().value());
        }
    }

    @EventHandler
    void on(InvoiceIssued event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        int changed = jdbc.sql("""
                UPDATE read_model.invoice SET status = 'ISSUED', number = :number, year = :year, sequence = :sequence,
                    issued_on = :issuedOn, due_on = :dueOn, net = :net, tax = :tax, total = :total,
                    balance_due = :total - paid, updated_at = :at, version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", event.invoiceId().value())
                .param("number", event.number())
                .param("year", event.year())
                .param("sequence", event.sequence())
                .param("issuedOn", event.issuedOn())
                .param("dueOn", event.dueOn())
                .param("net", event.totals().net().amount())
                .param("tax", event.totals().tax().amount())
                .param("total", event.totals().total().amount())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
        if (changed > 0) {
            taxes(event.invoiceId().value(), "INVOICE", event.taxes());
        }
        balances.recompute(event.patientId(), event.organizationId().value(), null, at);
    }

    @EventHandler
    void on(InvoiceVoided event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        jdbc.sql("""
                UPDATE read_model.invoice SET status = 'VOID', notes = coalesce(:reason, notes), updated_at = :at,
                    version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", event.invoiceId().value())
                .param("reason", event.reason())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(InvoiceCredited event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        generation.bump(event.organizationId().value());
        int changed = jdbc.sql("""
                UPDATE read_model.invoice SET status = 'CREDITED', credit_note_id = :creditNote,
                    credit_note_number = :number, credited_on = :issuedOn, credit_reason = :reason, balance_due = 0,
                    updated_at = :at, version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", event.invoiceId().value())
                .param("creditNote", event.creditNoteId().value())
                .param("number", event.number())
                .param("issuedOn", event.issuedOn())
                .param("reason", event.reason())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
        if (changed > 0) {
            taxes(event.invoiceId().value(), "CREDIT_NOTE", event.taxes());
        }
        balances.recompute(event.patientId(), event.organizationId().value(), null, at);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("""
                TRUNCATE read_model.invoice, read_model.invoice_line, read_model.invoice_tax, read_model.payment,
                    read_model.payment_reminder, read_model.patient_credit_movement, read_model.patient_balance,
                    read_model.dunning_settings, read_model.appointment_type_service, read_model.billing_generation
                """).update();
    }

    private boolean moveTo(UUID invoice, long version, Instant at) {
        return jdbc.sql("UPDATE read_model.invoice SET updated_at = :at, version = :version "
                        + "WHERE invoice_id = :id AND version < :version")
                .param("id", invoice).param("at", Timestamp.from(at)).param("version", version).update() > 0;
    }

    /** A draft's running totals: the exact sums of its rounded lines. */
    private void draftTotals(UUID invoice) {
        jdbc.sql("""
                UPDATE read_model.invoice i SET net = s.net, tax = s.tax, total = s.total
                FROM (SELECT coalesce(sum(net), 0) AS net, coalesce(sum(tax), 0) AS tax, coalesce(sum(total), 0) AS total
                      FROM read_model.invoice_line WHERE invoice_id = :id) s
                WHERE i.invoice_id = :id AND i.status = 'DRAFT'
                """).param("id", invoice).update();
    }

    private void taxes(UUID invoice, String document, List<TaxLine> taxes) {
        for (TaxLine line : taxes) {
            jdbc.sql("""
                    INSERT INTO read_model.invoice_tax (invoice_id, document, tax_rate, net, tax, total)
                    VALUES (:id, :document, :rate, :net, :tax, :total) ON CONFLICT DO NOTHING
                    """)
                    .param("id", invoice).param("document", document).param("rate", line.rate())
                    .param("net", line.net().amount()).param("tax", line.tax().amount())
                    .param("total", line.total().amount()).update();
        }
    }
}
