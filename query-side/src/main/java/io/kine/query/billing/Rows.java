package io.kine.query.billing;

import io.kine.kernel.billing.CreditNoteId;
import io.kine.kernel.billing.InvoiceId;
import io.kine.kernel.billing.InvoiceStatus;
import io.kine.kernel.billing.InvoiceSummary;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentId;
import io.kine.kernel.billing.PaymentMethod;
import io.kine.kernel.billing.PaymentView;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Reading billing rows: amounts become money in the row's currency, dates become local dates. */
final class Rows {

    /** Invoice columns with the patient's current name. */
    static final String INVOICES = """
            SELECT i.*, p.first_name || ' ' || p.last_name AS patient_name
            FROM read_model.invoice i
            LEFT JOIN read_model.patient p ON p.patient_id = i.patient_id
            """;

    static final String PAYMENTS = """
            SELECT pay.*, i.number AS invoice_number, p.first_name || ' ' || p.last_name AS patient_name
            FROM read_model.payment pay
            JOIN read_model.invoice i ON i.invoice_id = pay.invoice_id
            LEFT JOIN read_model.patient p ON p.patient_id = pay.patient_id
            """;

    private Rows() {
    }

    /** {@code 20} rather than {@code 20.00}, {@code 1.5} rather than {@code 1.500}; never {@code 1E+2}. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Money money(ResultSet row, String column, String currency) throws SQLException {
        BigDecimal amount = row.getBigDecimal(column);
        return amount == null ? null : new Money(amount, currency);
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static <T> T id(ResultSet row, String column, java.util.function.Function<UUID, T> type) throws SQLException {
        UUID id = row.getObject(column, UUID.class);
        return id == null ? null : type.apply(id);
    }

    static InvoiceSummary invoice(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        return new InvoiceSummary(new InvoiceId(row.getObject("invoice_id", UUID.class)), row.getString("number"),
                new PatientId(row.getObject("patient_id", UUID.class)), row.getString("patient_name"),
                InvoiceStatus.valueOf(row.getString("status")), date(row, "issued_on"), date(row, "due_on"),
                money(row, "net", currency), money(row, "tax", currency), money(row, "total", currency),
                money(row, "paid", currency), money(row, "balance_due", currency), row.getString("credit_note_number"),
                row.getTimestamp("drafted_at").toInstant(), row.getLong("version"));
    }

    static PaymentView payment(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        return new PaymentView(new PaymentId(row.getObject("payment_id", UUID.class)),
                new InvoiceId(row.getObject("invoice_id", UUID.class)), row.getString("invoice_number"),
                new PatientId(row.getObject("patient_id", UUID.class)), row.getString("patient_name"),
                money(row, "amount", currency), PaymentMethod.valueOf(row.getString("method")),
                row.getString("reference"), date(row, "received_on"), money(row, "applied", currency),
                money(row, "excess", currency));
    }

    static CreditNoteId creditNote(ResultSet row) throws SQLException {
        return id(row, "credit_note_id", CreditNoteId::new);
    }
}
