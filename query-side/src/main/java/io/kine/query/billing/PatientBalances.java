package io.kine.query.billing;

import io.kine.kernel.patients.PatientId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputes one row of {@code read_model.patient_balance} from the invoice and credit tables
 * (not by adding deltas), so it is right however often an event is replayed. Built on the
 * projection's own {@link JdbcClient}, so a rebuild recomputes the balances of its shadow tables.
 */
final class PatientBalances {

    private final JdbcClient jdbc;

    PatientBalances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recompute(PatientId patient, UUID organization, String currency, Instant at) {
        jdbc.sql("""
                WITH open AS (
                    SELECT coalesce(sum(total), 0) AS invoiced, coalesce(sum(paid), 0) AS paid,
                        coalesce(sum(balance_due), 0) AS due
                    FROM read_model.invoice
                    WHERE patient_id = :patient AND status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')),
                credit AS (
                    SELECT coalesce(sum(CASE kind WHEN 'ADDED' THEN amount ELSE -amount END), 0) AS credit
                    FROM read_model.patient_credit_movement WHERE patient_id = :patient)
                INSERT INTO read_model.patient_balance (patient_id, organization_id, currency, invoiced, paid,
                    balance_due, credit, updated_at)
                SELECT :patient, :organization,
                    coalesce((SELECT currency FROM read_model.invoice WHERE patient_id = :patient LIMIT 1),
                        CAST(:currency AS TEXT), 'EUR'),
                    open.invoiced, open.paid, open.due, credit.credit, :at
                FROM open, credit
                ON CONFLICT (patient_id) DO UPDATE SET invoiced = EXCLUDED.invoiced, paid = EXCLUDED.paid,
                    balance_due = EXCLUDED.balance_due, credit = EXCLUDED.credit, updated_at = EXCLUDED.updated_at
                """)
                .param("patient", patient.value())
                .param("organization", organization)
                .param("currency", currency)
                .param("at", Timestamp.from(at))
                .update();
    }
}
