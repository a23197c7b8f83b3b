-- Revenue on the dashboards from tables of the kpi projection: billing's documents as the figures
-- count them, attributed from kpi_appointment and kpi_visit, and daily rollups per practitioner and
-- location recomputed from them at each event, so a dashboard sums small rows instead of
-- resolving every invoice's practitioner and location.

CREATE TABLE read_model.kpi_invoice (
    invoice_id      UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    billed_kind     TEXT,
    billed_id       UUID,
    practitioner_id UUID,
    location_id     UUID,
    status          TEXT          NOT NULL,
    issued_on       DATE,
    due_on          DATE,
    total           NUMERIC(14,2) NOT NULL,
    paid            NUMERIC(14,2) NOT NULL,
    balance_due     NUMERIC(14,2) NOT NULL,
    credited_on     DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_kpi_invoice PRIMARY KEY (invoice_id)
);
CREATE INDEX idx_kpi_invoice_issued ON read_model.kpi_invoice (organization_id, issued_on);
CREATE INDEX idx_kpi_invoice_credited ON read_model.kpi_invoice (organization_id, credited_on)
    WHERE credited_on IS NOT NULL;
CREATE INDEX idx_kpi_invoice_billed ON read_model.kpi_invoice (billed_id) WHERE billed_id IS NOT NULL;
-- Aging and what each practitioner is owed read only the open invoices.
CREATE INDEX idx_kpi_invoice_open ON read_model.kpi_invoice (organization_id, practitioner_id, location_id)
    INCLUDE (due_on, balance_due) WHERE status IN ('ISSUED', 'PARTIALLY_PAID') AND balance_due > 0;
COMMENT ON TABLE read_model.kpi_invoice IS 'One row per invoice or draft as the revenue figures count it, with the practitioner and location it is attributed to (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_invoice.invoice_id IS 'The invoice (read_model.invoice).';
COMMENT ON COLUMN read_model.kpi_invoice.organization_id IS 'The organization that bills.';
COMMENT ON COLUMN read_model.kpi_invoice.billed_kind IS 'APPOINTMENT or VISIT when it bills one; null for other invoices.';
COMMENT ON COLUMN read_model.kpi_invoice.billed_id IS 'The appointment or visit billed.';
COMMENT ON COLUMN read_model.kpi_invoice.practitioner_id IS 'The practitioner of the appointment or visit billed, as it is now (read_model.kpi_appointment, kpi_visit); null when it bills neither.';
COMMENT ON COLUMN read_model.kpi_invoice.location_id IS 'The location of the appointment billed, or of the billed visit''s appointment; null for a visit without appointment or an invoice billing neither.';
COMMENT ON COLUMN read_model.kpi_invoice.status IS 'DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID or CREDITED, as read_model.invoice.';
COMMENT ON COLUMN read_model.kpi_invoice.issued_on IS 'Issue date; null for drafts.';
COMMENT ON COLUMN read_model.kpi_invoice.due_on IS 'Payment due date; aging counts days past it.';
COMMENT ON COLUMN read_model.kpi_invoice.total IS 'Total issued, tax included; 0 while a draft.';
COMMENT ON COLUMN read_model.kpi_invoice.paid IS 'Money applied to it so far.';
COMMENT ON COLUMN read_model.kpi_invoice.balance_due IS 'Still due; 0 for drafts, void and credited invoices.';
COMMENT ON COLUMN read_model.kpi_invoice.credited_on IS 'Date of the credit note that cancelled it.';
COMMENT ON COLUMN read_model.kpi_invoice.version IS 'Sequence number of the invoice''s last event applied.';

CREATE TABLE read_model.kpi_invoice_line (
    invoice_id UUID          NOT NULL,
    line_id    UUID          NOT NULL,
    product_id UUID,
    quantity   NUMERIC(12,3) NOT NULL,
    total      NUMERIC(14,2) NOT NULL,
    CONSTRAINT pk_kpi_invoice_line PRIMARY KEY (invoice_id, line_id)
);
COMMENT ON TABLE read_model.kpi_invoice_line IS 'Lines of the invoices of read_model.kpi_invoice, for the services sold (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_invoice_line.invoice_id IS 'The invoice (read_model.kpi_invoice).';
COMMENT ON COLUMN read_model.kpi_invoice_line.line_id IS 'Identifier of the line.';
COMMENT ON COLUMN read_model.kpi_invoice_line.product_id IS 'The catalog item (read_model.product); null for free text.';
COMMENT ON COLUMN read_model.kpi_invoice_line.quantity IS 'Quantity (up to 3 decimals).';
COMMENT ON COLUMN read_model.kpi_invoice_line.total IS 'Amount of the line, tax included, rounded.';

CREATE TABLE read_model.kpi_payment (
    payment_id      UUID          NOT NULL,
    invoice_id      UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    received_on     DATE          NOT NULL,
    amount          NUMERIC(14,2) NOT NULL,
    CONSTRAINT pk_kpi_payment PRIMARY KEY (payment_id)
);
CREATE INDEX idx_kpi_payment_organization ON read_model.kpi_payment (organization_id, received_on);
CREATE INDEX idx_kpi_payment_invoice ON read_model.kpi_payment (invoice_id);
COMMENT ON TABLE read_model.kpi_payment IS 'Payments received, counted as collected on their day in the cell of the invoice paid (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_payment.payment_id IS 'The payment (read_model.payment).';
COMMENT ON COLUMN read_model.kpi_payment.invoice_id IS 'The invoice paid (read_model.kpi_invoice).';
COMMENT ON COLUMN read_model.kpi_payment.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_payment.received_on IS 'Date the money was received.';
COMMENT ON COLUMN read_model.kpi_payment.amount IS 'Amount received, excess going to the patient''s credit included.';

CREATE TABLE read_model.kpi_credit_refund (
    refund_id       UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    refunded_on     DATE          NOT NULL,
    amount          NUMERIC(14,2) NOT NULL,
    CONSTRAINT pk_kpi_credit_refund PRIMARY KEY (refund_id)
);
CREATE INDEX idx_kpi_credit_refund_organization ON read_model.kpi_credit_refund (organization_id, refunded_on);
COMMENT ON TABLE read_model.kpi_credit_refund IS 'Refunds of patient credit, taken off collected on their day, with no practitioner nor location (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_credit_refund.refund_id IS 'The refund (read_model.patient_credit_movement, kind REFUNDED).';
COMMENT ON COLUMN read_model.kpi_credit_refund.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_credit_refund.refunded_on IS 'UTC date the refund was recorded, as the credit movement''s.';
COMMENT ON COLUMN read_model.kpi_credit_refund.amount IS 'Amount refunded.';

CREATE TABLE read_model.kpi_revenue_day (
    organization_id UUID          NOT NULL,
    practitioner_id UUID,
    location_id     UUID,
    day             DATE          NOT NULL,
    invoiced        NUMERIC(14,2) NOT NULL,
    collected       NUMERIC(14,2) NOT NULL
);
CREATE UNIQUE INDEX uq_kpi_revenue_day ON read_model.kpi_revenue_day
    (organization_id, day, practitioner_id, location_id) NULLS NOT DISTINCT;
COMMENT ON TABLE read_model.kpi_revenue_day IS 'Invoiced and collected per organization, local day, practitioner and location, recomputed from kpi_invoice, kpi_payment and kpi_credit_refund; a row exists when at least one document counts in it (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_revenue_day.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_revenue_day.practitioner_id IS 'The practitioner the invoices are attributed to; null for invoices billing no appointment nor visit, and for refunds of patient credit.';
COMMENT ON COLUMN read_model.kpi_revenue_day.location_id IS 'The location the invoices are attributed to; null when none, and for refunds of patient credit.';
COMMENT ON COLUMN read_model.kpi_revenue_day.day IS 'Local day: issue, credit-note, payment or refund date.';
COMMENT ON COLUMN read_model.kpi_revenue_day.invoiced IS 'Totals of the invoices issued that day (not void) minus those of invoices credited that day.';
COMMENT ON COLUMN read_model.kpi_revenue_day.collected IS 'Payments received that day minus refunds of patient credit recorded that day.';

CREATE TABLE read_model.kpi_service_day (
    organization_id UUID          NOT NULL,
    practitioner_id UUID,
    location_id     UUID,
    day             DATE          NOT NULL,
    product_id      UUID          NOT NULL,
    quantity        NUMERIC(14,3) NOT NULL,
    revenue         NUMERIC(14,2) NOT NULL
);
CREATE UNIQUE INDEX uq_kpi_service_day ON read_model.kpi_service_day
    (organization_id, day, practitioner_id, location_id, product_id) NULLS NOT DISTINCT;
COMMENT ON TABLE read_model.kpi_service_day IS 'Catalog items sold per organization, issue day, practitioner and location, on invoices issued and not credited (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_service_day.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_service_day.practitioner_id IS 'The practitioner the invoices are attributed to; null when none.';
COMMENT ON COLUMN read_model.kpi_service_day.location_id IS 'The location the invoices are attributed to; null when none.';
COMMENT ON COLUMN read_model.kpi_service_day.day IS 'Issue date of the invoices.';
COMMENT ON COLUMN read_model.kpi_service_day.product_id IS 'The catalog item (read_model.product).';
COMMENT ON COLUMN read_model.kpi_service_day.quantity IS 'Quantity sold.';
COMMENT ON COLUMN read_model.kpi_service_day.revenue IS 'Amount of those lines, tax included.';

-- An installation upgraded to this version: fill the new tables from the read model as the
-- projection would have (a rebuild of kpi gives the same rows), so no figure starts half-built.
INSERT INTO read_model.kpi_invoice (invoice_id, organization_id, billed_kind, billed_id, practitioner_id, location_id,
    status, issued_on, due_on, total, paid, balance_due, credited_on, version)
SELECT i.invoice_id, i.organization_id, i.billed_kind, i.billed_id,
    CASE i.billed_kind WHEN 'APPOINTMENT' THEN a.practitioner_id WHEN 'VISIT' THEN v.practitioner_id END,
    CASE i.billed_kind WHEN 'APPOINTMENT' THEN a.location_id WHEN 'VISIT' THEN v.location_id END,
    i.status, i.issued_on, i.due_on, CASE WHEN i.issued_on IS NULL THEN 0 ELSE i.total END, i.paid,
    CASE WHEN i.issued_on IS NULL THEN 0 ELSE i.balance_due END, i.credited_on, i.version
FROM read_model.invoice i
LEFT JOIN read_model.kpi_appointment a ON i.billed_kind = 'APPOINTMENT' AND a.appointment_id = i.billed_id
LEFT JOIN read_model.kpi_visit v ON i.billed_kind = 'VISIT' AND v.visit_id = i.billed_id;

INSERT INTO read_model.kpi_invoice_line (invoice_id, line_id, product_id, quantity, total)
SELECT invoice_id, line_id, product_id, quantity, total FROM read_model.invoice_line;

INSERT INTO read_model.kpi_payment (payment_id, invoice_id, organization_id, received_on, amount)
SELECT payment_id, invoice_id, organization_id, received_on, amount FROM read_model.payment;

INSERT INTO read_model.kpi_credit_refund (refund_id, organization_id, refunded_on, amount)
SELECT movement_id, organization_id, CAST(occurred_at AT TIME ZONE 'UTC' AS date), amount
FROM read_model.patient_credit_movement WHERE kind = 'REFUNDED';

INSERT INTO read_model.kpi_revenue_day (organization_id, practitioner_id, location_id, day, invoiced, collected)
SELECT organization_id, practitioner_id, location_id, day, sum(invoiced), sum(collected) FROM (
    SELECT organization_id, practitioner_id, location_id, issued_on AS day, total AS invoiced, 0 AS collected
    FROM read_model.kpi_invoice WHERE issued_on IS NOT NULL AND status <> 'DRAFT' AND status <> 'VOID'
    UNION ALL
    SELECT organization_id, practitioner_id, location_id, credited_on, -total, 0
    FROM read_model.kpi_invoice WHERE credited_on IS NOT NULL AND status = 'CREDITED'
    UNION ALL
    SELECT p.organization_id, i.practitioner_id, i.location_id, p.received_on, 0, p.amount
    FROM read_model.kpi_payment p JOIN read_model.kpi_invoice i ON i.invoice_id = p.invoice_id
    UNION ALL
    SELECT organization_id, NULL, NULL, refunded_on, 0, -amount FROM read_model.kpi_credit_refund) d
GROUP BY organization_id, practitioner_id, location_id, day;

INSERT INTO read_model.kpi_service_day (organization_id, practitioner_id, location_id, day, product_id, quantity,
    revenue)
SELECT i.organization_id, i.practitioner_id, i.location_id, i.issued_on, l.product_id, sum(l.quantity), sum(l.total)
FROM read_model.kpi_invoice i JOIN read_model.kpi_invoice_line l ON l.invoice_id = i.invoice_id
WHERE i.status IN ('ISSUED', 'PARTIALLY_PAID', 'PAID') AND i.issued_on IS NOT NULL AND l.product_id IS NOT NULL
GROUP BY i.organization_id, i.practitioner_id, i.location_id, i.issued_on, l.product_id;
