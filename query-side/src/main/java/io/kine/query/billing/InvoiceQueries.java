package io.kine.query.billing;

import io.kine.kernel.billing.BilledItem;
import io.kine.kernel.billing.CreditNoteView;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.DiscountKind;
import io.kine.kernel.billing.FindInvoices;
import io.kine.kernel.billing.FindPaymentsReceived;
import io.kine.kernel.billing.GetInvoice;
import io.kine.kernel.billing.InvoiceLineView;
import io.kine.kernel.billing.InvoicePage;
import io.kine.kernel.billing.InvoiceSummary;
import io.kine.kernel.billing.InvoiceView;
import io.kine.kernel.billing.Money;
import io.kine.kernel.billing.PaymentView;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ReminderView;
import io.kine.kernel.billing.TaxLine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers invoice questions from the read model, always within one organization. */
@Component
class InvoiceQueries {

    private static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    InvoiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    InvoicePage handle(FindInvoices query) {
        StringBuilder where = new StringBuilder(" WHERE i.organization_id = :organization");
        if (query.status() != null) {
            where.append(" AND i.status = :status");
        }
        if (query.from() != null) {
            where.append(" AND coalesce(i.issued_on, i.drafted_at::date) >= :from");
        }
        if (query.to() != null) {
            where.append(" AND coalesce(i.issued_on, i.drafted_at::date) <= :to");
        }
        if (query.patientId() != null) {
            where.append(" AND i.patient_id = :patient");
        }
        if (query.patientSearch() != null && !query.patientSearch().isBlank()) {
            where.append(" AND i.patient_id IN (SELECT patient_id FROM read_model.patient"
                    + " WHERE organization_id = :organization AND (first_name || ' ' || last_name) ILIKE :name)");
        }
        boolean all = query.pageSize() <= 0;
        int size = all ? Integer.MAX_VALUE : Math.min(query.pageSize(), MAX_PAGE_SIZE);
        int page = Math.max(query.page(), 1);
        String order = " ORDER BY i.issued_on IS NULL, i.year DESC NULLS LAST, i.sequence DESC NULLS LAST,"
                + " i.drafted_at DESC, i.invoice_id";
        String limit = all ? "" : " LIMIT " + size + " OFFSET " + (long) (page - 1) * size;
        List<InvoiceSummary> items = bind(jdbc.sql(Rows.INVOICES + where + order + limit), query)
                .query((row, n) -> Rows.invoice(row)).list();
        long total = bind(jdbc.sql("SELECT count(*) FROM read_model.invoice i" + where), query).query(Long.class).single();
        return new InvoicePage(items, total, page, all ? items.size() : size);
    }

    @QueryHandler
    Optional<InvoiceView> handle(GetInvoice query) {
        Optional<Header> found = jdbc.sql(Rows.INVOICES + " WHERE i.organization_id = :organization AND i.invoice_id = :id")
                .param("organization", query.organizationId().value())
                .param("id", query.invoiceId().value())
                .query((row, n) -> new Header(Rows.invoice(row), row.getString("currency"), row.getString("case_reference"),
                        Locale.forLanguageTag(row.getString("language")), billed(row.getString("billed_kind"),
                        row.getObject("billed_id", UUID.class)), row.getString("notes"),
                        Rows.creditNote(row) == null ? null : new CreditNoteView(Rows.creditNote(row),
                                row.getString("credit_note_number"), Rows.date(row, "credited_on"),
                                row.getString("credit_reason"), Rows.money(row, "net", row.getString("currency")),
                                Rows.money(row, "tax", row.getString("currency")),
                                Rows.money(row, "total", row.getString("currency")), List.of())))
                .optional();
        return found.map(this::complete);
    }

    @QueryHandler
    List<PaymentView> handle(FindPaymentsReceived query) {
        return jdbc.sql(Rows.PAYMENTS + """
                 WHERE pay.organization_id = :organization AND pay.received_on BETWEEN :from AND :to
                 ORDER BY pay.received_on, pay.recorded_at, pay.payment_id
                """)
                .param("organization", query.organizationId().value())
                .param("from", query.from())
                .param("to", query.to())
                .query((row, n) -> Rows.payment(row)).list();
    }

    private record Header(InvoiceSummary summary, String currency, String caseReference, Locale language,
            BilledItem billedItem, String notes, CreditNoteView creditNote) {
    }

    private InvoiceView complete(Header header) {
        UUID id = header.summary().invoiceId().value();
        String currency = header.currency();
        List<InvoiceLineView> lines = jdbc.sql("SELECT * FROM read_model.invoice_line WHERE invoice_id = :id ORDER BY position")
                .param("id", id)
                .query((row, n) -> new InvoiceLineView(row.getObject("line_id", UUID.class), row.getInt("position"),
                        Rows.id(row, "product_id", ProductId::new), row.getString("description"),
                        Rows.plain(row.getBigDecimal("quantity")),
                        Rows.plain(row.getBigDecimal("unit_price")), Rows.plain(row.getBigDecimal("tax_rate")),
                        new Discount(DiscountKind.valueOf(row.getString("discount_kind")),
                                Rows.plain(row.getBigDecimal("discount_value"))),
                        Rows.money(row, "net", currency), Rows.money(row, "tax", currency),
                        Rows.money(row, "total", currency)))
                .list();
        List<TaxLine> taxes = taxes(id, "INVOICE", currency);
        if (taxes.isEmpty()) {
            taxes = jdbc.sql("""
                    SELECT tax_rate, sum(net) AS net, sum(tax) AS tax, sum(total) AS total
                    FROM read_model.invoice_line WHERE invoice_id = :id GROUP BY tax_rate ORDER BY tax_rate
                    """).param("id", id).query((row, n) -> taxLine(row, currency)).list();
        }
        List<PaymentView> payments = jdbc.sql(Rows.PAYMENTS + " WHERE pay.invoice_id = :id ORDER BY pay.received_on, pay.recorded_at")
                .param("id", id).query((row, n) -> Rows.payment(row)).list();
        List<ReminderView> reminders = jdbc.sql("SELECT * FROM read_model.payment_reminder WHERE invoice_id = :id ORDER BY step")
                .param("id", id)
                .query((row, n) -> new ReminderView(row.getInt("step"), row.getInt("step_days"), Rows.date(row, "sent_on"),
                        row.getString("recipient")))
                .list();
        CreditNoteView note = header.creditNote();
        if (note != null) {
            note = new CreditNoteView(note.creditNoteId(), note.number(), note.issuedOn(), note.reason(), note.net(),
                    note.tax(), note.total(), taxes(id, "CREDIT_NOTE", currency));
        }
        return new InvoiceView(header.summary(), header.caseReference(), header.language(), header.billedItem(),
                header.notes(), lines, taxes, payments, reminders, note);
    }

    private List<TaxLine> taxes(UUID invoice, String document, String currency) {
        return jdbc.sql("SELECT * FROM read_model.invoice_tax WHERE invoice_id = :id AND document = :document ORDER BY tax_rate")
                .param("id", invoice).param("document", document)
                .query((row, n) -> taxLine(row, currency)).list();
    }

    private static TaxLine taxLine(java.sql.ResultSet row, String currency) throws java.sql.SQLException {
        return new TaxLine(Rows.plain(row.getBigDecimal("tax_rate")), Rows.money(row, "net", currency), Rows.money(row, "tax", currency), Rows.money(row, "total", currency));
    }

    private static BilledItem billed(String kind, UUID id) {
        return kind == null ? null : new BilledItem(BilledItem.Kind.valueOf(kind), id);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, FindInvoices query) {
        spec = spec.param("organization", query.organizationId().value());
        if (query.status() != null) {
            spec = spec.param("status", query.status().name());
        }
        if (query.from() != null) {
            spec = spec.param("from", query.from());
        }
        if (query.to() != null) {
            spec = spec.param("to", query.to());
        }
        if (query.patientId() != null) {
            spec = spec.param("patient", query.patientId().value());
        }
        if (query.patientSearch() != null && !query.patientSearch().isBlank()) {
            spec = spec.param("name", "%" + query.patientSearch().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return spec;
    }
}
