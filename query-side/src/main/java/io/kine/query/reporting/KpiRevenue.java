package io.kine.query.reporting;

import io.kine.kernel.billing.BilledItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Billing as the revenue figures count it ({@code kpi_invoice}, {@code kpi_invoice_line},
 * {@code kpi_payment}, {@code kpi_credit_refund}) and its daily rollups per practitioner and
 * location ({@code kpi_revenue_day}, {@code kpi_service_day}). An invoice is the practitioner's of
 * the appointment or visit it bills, at that appointment's location (of the visit's appointment),
 * read from the projection's own {@code kpi_appointment} and {@code kpi_visit}. Facts are guarded
 * by the invoice's sequence number or keyed by the document's id; a rollup cell is recomputed
 * from the facts, never incremented, so replays change nothing.
 */
final class KpiRevenue {

    /** One rollup cell: organization, practitioner and location (each may be null), local day. */
    record Cell(UUID organizationId, UUID practitionerId, UUID locationId, LocalDate day) {
    }

    private static final String SAME_CELL = sameCell("");

    /** Rows of the cell's organization, practitioner and location; {@code alias} prefixes the columns. */
    private static String sameCell(String alias) {
        return alias + "organization_id = :organizationId AND " + alias
                + "practitioner_id IS NOT DISTINCT FROM CAST(:practitionerId AS uuid) AND " + alias
                + "location_id IS NOT DISTINCT FROM CAST(:locationId AS uuid)";
    }

    private final JdbcClient jdbc;

    KpiRevenue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft, attributed to the practitioner and location of what it bills, as they are now. */
    void drafted(UUID invoiceId, UUID organizationId, BilledItem billed, long version) {
        jdbc.sql("""
                INSERT INTO read_model.kpi_invoice (invoice_id, organization_id, billed_kind, billed_id, practitioner_id,
                    location_id, status, total, paid, balance_due, version)
                VALUES (:id, :organizationId, :kind, :billedId,
                    CASE CAST(:kind AS text)
                        WHEN 'APPOINTMENT' THEN (SELECT practitioner_id FROM read_model.kpi_appointment
                                                 WHERE appointment_id = :billedId)
                        WHEN 'VISIT' THEN (SELECT practitioner_id FROM read_model.kpi_visit WHERE visit_id = :billedId)
                    END,
                    CASE CAST(:kind AS text)
                        WHEN 'APPOINTMENT' THEN (SELECT location_id FROM read_model.kpi_appointment
                                                 WHERE appointment_id = :billedId)
                        WHEN 'VISIT' THEN (SELECT location_id FROM read_model.kpi_visit WHERE visit_id = :billedId)
                    END,
                    'DRAFT', 0, 0, 0, :version)
                ON CONFLICT (invoice_id) DO NOTHING
                """)
                .param("id", invoiceId).param("organizationId", organizationId)
                .param("kind", billed == null ? null : billed.kind().name())
                .param("billedId", billed == null ? null : billed.id(), java.sql.Types.OTHER)
                .param("version", version)
                .update();
    }

    /** A line added to a draft; false when this or a later event of the invoice was applied. */
    boolean lineAdded(UUID invoiceId, UUID lineId, UUID productId, BigDecimal quantity, BigDecimal total,
            long version) {
        return jdbc.sql("""
                WITH moved AS (
                    UPDATE read_model.kpi_invoice SET version = :version
                    WHERE invoice_id = :id AND version < :version RETURNING invoice_id)
                INSERT INTO read_model.kpi_invoice_line (invoice_id, line_id, product_id, quantity, total)
                SELECT invoice_id, :line, :product, :quantity, :total FROM moved
                """)
                .param("id", invoiceId).param("line", lineId).param("product", productId, java.sql.Types.OTHER)
                .param("quantity", quantity).param("total", total).param("version", version)
                .update() == 1;
    }

    void lineRemoved(UUID invoiceId, UUID lineId, long version) {
        if (moveTo(invoiceId, version)) {
            jdbc.sql("DELETE FROM read_model.kpi_invoice_line WHERE invoice_id = :id AND line_id = :line")
                    .param("id", invoiceId).param("line", lineId).update();
        }
    }

    /** Issued: counted as invoiced on its issue day. Returns the cells to recompute (none when already applied). */
    Set<Cell> issued(UUID invoiceId, LocalDate issuedOn, LocalDate dueOn, BigDecimal total, long version) {
        return touched(invoiceId, jdbc.sql("""
                UPDATE read_model.kpi_invoice SET status = 'ISSUED', issued_on = :issuedOn, due_on = :dueOn,
                    total = :total, balance_due = :total - paid, version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", invoiceId).param("issuedOn", issuedOn).param("dueOn", dueOn).param("total", total)
                .param("version", version)
                .update() == 1);
    }

    Set<Cell> voided(UUID invoiceId, long version) {
        return touched(invoiceId, jdbc.sql("""
                UPDATE read_model.kpi_invoice SET status = 'VOID', version = :version
                WHERE invoice_id = :id AND version < :version
                """).param("id", invoiceId).param("version", version).update() == 1);
    }

    /** Cancelled by a credit note: taken off on the credit note's day, and out of the services sold. */
    Set<Cell> credited(UUID invoiceId, LocalDate creditedOn, long version) {
        return touched(invoiceId, jdbc.sql("""
                UPDATE read_model.kpi_invoice SET status = 'CREDITED', credited_on = :creditedOn, balance_due = 0,
                    version = :version
                WHERE invoice_id = :id AND version < :version
                """).param("id", invoiceId).param("creditedOn", creditedOn).param("version", version).update() == 1);
    }

    /** A payment: the invoice's balance as billing says, and the amount received on its day. */
    Set<Cell> paid(UUID invoiceId, UUID paymentId, UUID organizationId, LocalDate receivedOn, BigDecimal amount,
            BigDecimal applied, BigDecimal balanceDue, long version) {
        boolean moved = jdbc.sql("""
                UPDATE read_model.kpi_invoice SET paid = paid + :applied, balance_due = :due,
                    status = CASE WHEN status = 'CREDITED' THEN status WHEN :due = 0 THEN 'PAID' ELSE 'PARTIALLY_PAID' END,
                    version = :version
                WHERE invoice_id = :id AND version < :version
                """)
                .param("id", invoiceId).param("applied", applied).param("due", balanceDue).param("version", version)
                .update() == 1;
        boolean recorded = jdbc.sql("""
                INSERT INTO read_model.kpi_payment (payment_id, invoice_id, organization_id, received_on, amount)
                VALUES (:payment, :invoice, :organizationId, :receivedOn, :amount)
                ON CONFLICT (payment_id) DO NOTHING
                """)
                .param("payment", paymentId).param("invoice", invoiceId).param("organizationId", organizationId)
                .param("receivedOn", receivedOn).param("amount", amount)
                .update() == 1;
        return touched(invoiceId, moved || recorded);
    }

    /** A refund of patient credit: no practitioner nor location, on the day it was recorded (UTC). */
    Set<Cell> refunded(UUID refundId, UUID organizationId, LocalDate refundedOn, BigDecimal amount) {
        jdbc.sql("""
                INSERT INTO read_model.kpi_credit_refund (refund_id, organization_id, refunded_on, amount)
                VALUES (:id, :organizationId, :on, :amount)
                ON CONFLICT (refund_id) DO NOTHING
                """)
                .param("id", refundId).param("organizationId", organizationId).param("on", refundedOn)
                .param("amount", amount)
                .update();
        return Set.of(new Cell(organizationId, null, null, refundedOn));
    }

    /**
     * The appointment or visit billed now has another practitioner (or location): its invoices
     * follow, and every cell they counted in before and after is recomputed. Scheduling refuses
     * to reassign a completed appointment, and only completed ones are billed, so today this only
     * keeps the rule "the current practitioner's" should that change.
     */
    Set<Cell> reattributed(String kind, UUID billedId) {
        List<UUID> invoices = jdbc.sql("""
                SELECT invoice_id FROM read_model.kpi_invoice WHERE billed_kind = :kind AND billed_id = :id
                ORDER BY invoice_id
                """).param("kind", kind).param("id", billedId).query(UUID.class).list();
        Set<Cell> cells = new LinkedHashSet<>();
        for (UUID invoice : invoices) {
            cells.addAll(cellsOf(invoice));
        }
        if (invoices.isEmpty()) {
            return cells;
        }
        jdbc.sql("""
                UPDATE read_model.kpi_invoice i SET
                    practitioner_id = CASE i.billed_kind
                        WHEN 'APPOINTMENT' THEN (SELECT a.practitioner_id FROM read_model.kpi_appointment a
                                                 WHERE a.appointment_id = i.billed_id)
                        WHEN 'VISIT' THEN (SELECT v.practitioner_id FROM read_model.kpi_visit v WHERE v.visit_id = i.billed_id)
                    END,
                    location_id = CASE i.billed_kind
                        WHEN 'APPOINTMENT' THEN (SELECT a.location_id FROM read_model.kpi_appointment a
                                                 WHERE a.appointment_id = i.billed_id)
                        WHEN 'VISIT' THEN (SELECT v.location_id FROM read_model.kpi_visit v WHERE v.visit_id = i.billed_id)
                    END
                WHERE i.billed_kind = :kind AND i.billed_id = :id
                """).param("kind", kind).param("id", billedId).update();
        for (UUID invoice : invoices) {
            cells.addAll(cellsOf(invoice));
        }
        return cells;
    }

    /** Recomputes one day of one practitioner at one location: its amounts, then its services. */
    void recompute(Cell cell) {
        jdbc.sql("DELETE FROM read_model.kpi_revenue_day WHERE " + SAME_CELL + " AND day = :day")
                .params(params(cell)).update();
        jdbc.sql("""
                INSERT INTO read_model.kpi_revenue_day (organization_id, practitioner_id, location_id, day, invoiced,
                    collected)
                SELECT :organizationId, CAST(:practitionerId AS uuid), CAST(:locationId AS uuid), :day,
                    coalesce(sum(invoiced), 0), coalesce(sum(collected), 0)
                FROM (
                    SELECT total AS invoiced, 0 AS collected FROM read_model.kpi_invoice
                    WHERE %1$s AND issued_on = :day AND status <> 'DRAFT' AND status <> 'VOID'
                    UNION ALL
                    SELECT -total, 0 FROM read_model.kpi_invoice
                    WHERE %1$s AND credited_on = :day AND status = 'CREDITED'
                    UNION ALL
                    SELECT 0, p.amount FROM read_model.kpi_payment p
                    JOIN read_model.kpi_invoice i ON i.invoice_id = p.invoice_id
                    WHERE p.organization_id = :organizationId AND p.received_on = :day
                      AND i.practitioner_id IS NOT DISTINCT FROM CAST(:practitionerId AS uuid)
                      AND i.location_id IS NOT DISTINCT FROM CAST(:locationId AS uuid)
                    UNION ALL
                    SELECT 0, -amount FROM read_model.kpi_credit_refund
                    WHERE organization_id = :organizationId AND refunded_on = :day
                      AND CAST(:practitionerId AS uuid) IS NULL AND CAST(:locationId AS uuid) IS NULL) d
                HAVING count(*) > 0
                """.formatted(SAME_CELL))
                .params(params(cell)).update();
        jdbc.sql("DELETE FROM read_model.kpi_service_day WHERE " + SAME_CELL + " AND day = :day")
                .params(params(cell)).update();
        jdbc.sql("""
                INSERT INTO read_model.kpi_service_day (organization_id, practitioner_id, location_id, day, product_id,
                    quantity, revenue)
                SELECT :organizationId, CAST(:practitionerId AS uuid), CAST(:locationId AS uuid), :day, l.product_id,
                    sum(l.quantity), sum(l.total)
                FROM read_model.kpi_invoice i JOIN read_model.kpi_invoice_line l ON l.invoice_id = i.invoice_id
                WHERE %s AND i.issued_on = :day AND i.status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID')
                  AND l.product_id IS NOT NULL
                GROUP BY l.product_id
                """.formatted(sameCell("i.")))
                .params(params(cell)).update();
    }

    /** Every cell the invoice counts in: its issue and credit days, and the days of its payments. */
    private Set<Cell> cellsOf(UUID invoiceId) {
        Set<Cell> cells = new LinkedHashSet<>();
        jdbc.sql("""
                SELECT i.organization_id, i.practitioner_id, i.location_id, d.day
                FROM read_model.kpi_invoice i
                CROSS JOIN LATERAL (SELECT i.issued_on AS day UNION SELECT i.credited_on
                                    UNION SELECT p.received_on FROM read_model.kpi_payment p
                                    WHERE p.invoice_id = i.invoice_id) d
                WHERE i.invoice_id = :id AND d.day IS NOT NULL
                ORDER BY d.day
                """).param("id", invoiceId)
                .query((rs, n) -> cells.add(new Cell(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class))))
                .list();
        return cells;
    }

    private Set<Cell> touched(UUID invoiceId, boolean changed) {
        return changed ? cellsOf(invoiceId) : Set.of();
    }

    private boolean moveTo(UUID invoiceId, long version) {
        return jdbc.sql("UPDATE read_model.kpi_invoice SET version = :version WHERE invoice_id = :id AND version < :version")
                .param("id", invoiceId).param("version", version).update() == 1;
    }

    private static java.util.Map<String, Object> params(Cell cell) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("organizationId", cell.organizationId());
        params.put("practitionerId", cell.practitionerId());
        params.put("locationId", cell.locationId());
        params.put("day", cell.day());
        return params;
    }
}
