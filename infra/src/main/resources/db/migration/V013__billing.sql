-- Billing: the command-side counters and catalog codes, and the read models of invoices,
-- payments, patient credit and balances. Amounts are NUMERIC, never floating point.

-- Written by the Invoice aggregate's command handlers in the same transaction as their events:
-- a failed append rolls the counter back, so numbers have no gaps; concurrent issues of one
-- organization queue on the row lock.
CREATE TABLE command_model.document_number (
    organization_id UUID    NOT NULL,
    series          TEXT    NOT NULL,
    year            INTEGER NOT NULL,
    last_number     BIGINT  NOT NULL,
    CONSTRAINT pk_document_number PRIMARY KEY (organization_id, series, year),
    CONSTRAINT chk_document_number_series CHECK (series IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT chk_document_number_positive CHECK (last_number > 0)
);
COMMENT ON TABLE command_model.document_number IS 'Last invoice and credit-note number given per organization, series and year (command side only).';
COMMENT ON COLUMN command_model.document_number.series IS 'INVOICE or CREDIT_NOTE: each counts on its own.';
COMMENT ON COLUMN command_model.document_number.year IS 'Calendar year of the issue date.';
COMMENT ON COLUMN command_model.document_number.last_number IS 'The last number given; the next one is this plus one.';

CREATE TABLE command_model.product_code (
    organization_id UUID NOT NULL,
    code_key        TEXT NOT NULL,
    product_id      UUID NOT NULL,
    CONSTRAINT pk_product_code PRIMARY KEY (organization_id, code_key)
);
CREATE INDEX idx_product_code_product ON command_model.product_code (product_id);
COMMENT ON TABLE command_model.product_code IS 'Catalog codes in use, unique per organization regardless of case (command side only).';
COMMENT ON COLUMN command_model.product_code.code_key IS 'The code in lower case.';

CREATE TABLE read_model.product (
    product_id      UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    code            TEXT          NOT NULL,
    name            TEXT          NOT NULL,
    kind            TEXT          NOT NULL,
    unit_price      NUMERIC(14,4) NOT NULL,
    tax_rate        NUMERIC(5,2)  NOT NULL,
    active          BOOLEAN       NOT NULL,
    defined_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_product PRIMARY KEY (product_id)
);
CREATE INDEX idx_product_organization ON read_model.product (organization_id, lower(code));
COMMENT ON TABLE read_model.product IS 'The catalog of services and products each organization bills.';
COMMENT ON COLUMN read_model.product.product_id IS 'Identifier of the catalog item.';
COMMENT ON COLUMN read_model.product.organization_id IS 'The organization selling it.';
COMMENT ON COLUMN read_model.product.code IS 'Short code, unique in the organization, e.g. "AMK-15".';
COMMENT ON COLUMN read_model.product.name IS 'Name printed on invoices.';
COMMENT ON COLUMN read_model.product.kind IS 'SERVICE or PRODUCT.';
COMMENT ON COLUMN read_model.product.unit_price IS 'Price before tax in the organization''s currency.';
COMMENT ON COLUMN read_model.product.tax_rate IS 'Tax rate in percent (0 for exempt care).';
COMMENT ON COLUMN read_model.product.active IS 'False when withdrawn from sale (kept for old invoices).';
COMMENT ON COLUMN read_model.product.defined_at IS 'When it entered the catalog.';
COMMENT ON COLUMN read_model.product.updated_at IS 'When it last changed.';
COMMENT ON COLUMN read_model.product.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.invoice (
    invoice_id         UUID          NOT NULL,
    organization_id    UUID          NOT NULL,
    patient_id         UUID          NOT NULL,
    number             TEXT,
    year               INTEGER,
    sequence           BIGINT,
    status             TEXT          NOT NULL,
    currency           TEXT          NOT NULL,
    language           TEXT          NOT NULL,
    case_reference     TEXT,
    billed_kind        TEXT,
    billed_id          UUID,
    notes              TEXT,
    drafted_at         TIMESTAMPTZ   NOT NULL,
    issued_on          DATE,
    due_on             DATE,
    net                NUMERIC(14,2) NOT NULL DEFAULT 0,
    tax                NUMERIC(14,2) NOT NULL DEFAULT 0,
    total              NUMERIC(14,2) NOT NULL DEFAULT 0,
    paid               NUMERIC(14,2) NOT NULL DEFAULT 0,
    balance_due        NUMERIC(14,2) NOT NULL DEFAULT 0,
    credit_note_id     UUID,
    credit_note_number TEXT,
    credited_on        DATE,
    credit_reason      TEXT,
    last_reminder_step INTEGER       NOT NULL DEFAULT 0,
    last_reminded_on   DATE,
    updated_at         TIMESTAMPTZ   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_invoice PRIMARY KEY (invoice_id),
    CONSTRAINT chk_invoice_status CHECK (status IN ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID', 'CREDITED'))
);
CREATE UNIQUE INDEX uq_invoice_number ON read_model.invoice (organization_id, number) WHERE number IS NOT NULL;
CREATE INDEX idx_invoice_organization ON read_model.invoice (organization_id, issued_on DESC);
CREATE INDEX idx_invoice_patient ON read_model.invoice (patient_id);
CREATE INDEX idx_invoice_billed ON read_model.invoice (billed_id) WHERE billed_id IS NOT NULL;
COMMENT ON TABLE read_model.invoice IS 'Invoices and drafts, one row each, with totals, payments so far and the credit note that cancelled it.';
COMMENT ON COLUMN read_model.invoice.invoice_id IS 'Identifier of the invoice.';
COMMENT ON COLUMN read_model.invoice.organization_id IS 'The organization that bills.';
COMMENT ON COLUMN read_model.invoice.patient_id IS 'The patient billed (read_model.patient).';
COMMENT ON COLUMN read_model.invoice.number IS 'Legal number, e.g. 2026-000042: sequential without gaps per organization and year; null for drafts.';
COMMENT ON COLUMN read_model.invoice.year IS 'Year of the number.';
COMMENT ON COLUMN read_model.invoice.sequence IS 'Position in the year''s sequence (42 in 2026-000042).';
COMMENT ON COLUMN read_model.invoice.status IS 'DRAFT, ISSUED, PARTIALLY_PAID, PAID, VOID (discarded draft) or CREDITED (cancelled by a credit note).';
COMMENT ON COLUMN read_model.invoice.currency IS 'ISO 4217 currency of every amount of the invoice (EUR, MAD).';
COMMENT ON COLUMN read_model.invoice.language IS 'Language the invoice is printed in: fr, ar or en.';
COMMENT ON COLUMN read_model.invoice.case_reference IS 'The patient''s case (episode of care) it belongs to, if given.';
COMMENT ON COLUMN read_model.invoice.billed_kind IS 'APPOINTMENT or VISIT when it bills one; null for other invoices.';
COMMENT ON COLUMN read_model.invoice.billed_id IS 'The appointment or visit billed.';
COMMENT ON COLUMN read_model.invoice.notes IS 'Free text printed on the invoice.';
COMMENT ON COLUMN read_model.invoice.drafted_at IS 'When the draft was opened.';
COMMENT ON COLUMN read_model.invoice.issued_on IS 'Issue date (the clinic''s local date); null for drafts.';
COMMENT ON COLUMN read_model.invoice.due_on IS 'Payment due date.';
COMMENT ON COLUMN read_model.invoice.net IS 'Total before tax: sum of the lines'' rounded net amounts.';
COMMENT ON COLUMN read_model.invoice.tax IS 'Total tax: sum of the lines'' rounded tax amounts.';
COMMENT ON COLUMN read_model.invoice.total IS 'Total to pay, net plus tax.';
COMMENT ON COLUMN read_model.invoice.paid IS 'Money applied to it so far (excess payments go to the patient''s credit).';
COMMENT ON COLUMN read_model.invoice.balance_due IS 'Still due: total minus paid; 0 for drafts, void and credited invoices.';
COMMENT ON COLUMN read_model.invoice.credit_note_id IS 'The credit note that cancelled it.';
COMMENT ON COLUMN read_model.invoice.credit_note_number IS 'Its number, e.g. AV-2026-000003 (own sequence per organization and year).';
COMMENT ON COLUMN read_model.invoice.credited_on IS 'Date of the credit note.';
COMMENT ON COLUMN read_model.invoice.credit_reason IS 'Why it was credited.';
COMMENT ON COLUMN read_model.invoice.last_reminder_step IS 'Highest dunning step sent, 0 if none.';
COMMENT ON COLUMN read_model.invoice.last_reminded_on IS 'Date of the last reminder.';
COMMENT ON COLUMN read_model.invoice.updated_at IS 'When it last changed.';
COMMENT ON COLUMN read_model.invoice.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.invoice_line (
    invoice_id     UUID          NOT NULL,
    line_id        UUID          NOT NULL,
    position       INTEGER       NOT NULL,
    product_id     UUID,
    description    TEXT          NOT NULL,
    quantity       NUMERIC(12,3) NOT NULL,
    unit_price     NUMERIC(14,4) NOT NULL,
    tax_rate       NUMERIC(5,2)  NOT NULL,
    discount_kind  TEXT          NOT NULL,
    discount_value NUMERIC(14,4) NOT NULL,
    net            NUMERIC(14,2) NOT NULL,
    tax            NUMERIC(14,2) NOT NULL,
    total          NUMERIC(14,2) NOT NULL,
    CONSTRAINT pk_invoice_line PRIMARY KEY (invoice_id, line_id)
);
COMMENT ON TABLE read_model.invoice_line IS 'Lines of invoices and drafts, with their amounts rounded per line (README: rounding rule).';
COMMENT ON COLUMN read_model.invoice_line.invoice_id IS 'The invoice (read_model.invoice).';
COMMENT ON COLUMN read_model.invoice_line.line_id IS 'Identifier of the line.';
COMMENT ON COLUMN read_model.invoice_line.position IS 'Order on the invoice.';
COMMENT ON COLUMN read_model.invoice_line.product_id IS 'The catalog item it came from; null for free text.';
COMMENT ON COLUMN read_model.invoice_line.description IS 'Text printed on the line.';
COMMENT ON COLUMN read_model.invoice_line.quantity IS 'Quantity (up to 3 decimals).';
COMMENT ON COLUMN read_model.invoice_line.unit_price IS 'Unit price before tax (up to 4 decimals).';
COMMENT ON COLUMN read_model.invoice_line.tax_rate IS 'Tax rate in percent.';
COMMENT ON COLUMN read_model.invoice_line.discount_kind IS 'PERCENT or AMOUNT.';
COMMENT ON COLUMN read_model.invoice_line.discount_value IS 'The percentage or amount taken off; 0 for none.';
COMMENT ON COLUMN read_model.invoice_line.net IS 'quantity x unit price - discount, rounded half up to the cent.';
COMMENT ON COLUMN read_model.invoice_line.tax IS 'net x tax rate, rounded half up to the cent.';
COMMENT ON COLUMN read_model.invoice_line.total IS 'net + tax.';

CREATE TABLE read_model.invoice_tax (
    invoice_id UUID          NOT NULL,
    document   TEXT          NOT NULL,
    tax_rate   NUMERIC(5,2)  NOT NULL,
    net        NUMERIC(14,2) NOT NULL,
    tax        NUMERIC(14,2) NOT NULL,
    total      NUMERIC(14,2) NOT NULL,
    CONSTRAINT pk_invoice_tax PRIMARY KEY (invoice_id, document, tax_rate)
);
COMMENT ON TABLE read_model.invoice_tax IS 'Tax breakdown of issued invoices and credit notes, one row per tax rate, as printed.';
COMMENT ON COLUMN read_model.invoice_tax.document IS 'INVOICE or CREDIT_NOTE.';
COMMENT ON COLUMN read_model.invoice_tax.tax_rate IS 'Tax rate in percent.';
COMMENT ON COLUMN read_model.invoice_tax.net IS 'Sum of the net amounts of the lines at this rate.';
COMMENT ON COLUMN read_model.invoice_tax.tax IS 'Sum of their tax amounts.';
COMMENT ON COLUMN read_model.invoice_tax.total IS 'net + tax.';

CREATE TABLE read_model.payment (
    payment_id      UUID          NOT NULL,
    invoice_id      UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    patient_id      UUID          NOT NULL,
    amount          NUMERIC(14,2) NOT NULL,
    currency        TEXT          NOT NULL,
    method          TEXT          NOT NULL,
    reference       TEXT,
    received_on     DATE          NOT NULL,
    applied         NUMERIC(14,2) NOT NULL,
    excess          NUMERIC(14,2) NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (payment_id)
);
CREATE INDEX idx_payment_organization ON read_model.payment (organization_id, received_on);
CREATE INDEX idx_payment_invoice ON read_model.payment (invoice_id);
COMMENT ON TABLE read_model.payment IS 'Money received for invoices, once per idempotency key.';
COMMENT ON COLUMN read_model.payment.payment_id IS 'Identifier of the payment (derived from the client''s idempotency key).';
COMMENT ON COLUMN read_model.payment.invoice_id IS 'The invoice paid.';
COMMENT ON COLUMN read_model.payment.amount IS 'Money received.';
COMMENT ON COLUMN read_model.payment.method IS 'CASH, CARD, TRANSFER, CHEQUE, or CREDIT (the patient''s credit applied).';
COMMENT ON COLUMN read_model.payment.reference IS 'Cheque number, card receipt, transfer reference.';
COMMENT ON COLUMN read_model.payment.received_on IS 'Date the money was received.';
COMMENT ON COLUMN read_model.payment.applied IS 'Part that settled the invoice.';
COMMENT ON COLUMN read_model.payment.excess IS 'Part beyond what was due, kept as the patient''s credit.';
COMMENT ON COLUMN read_model.payment.recorded_at IS 'When it was recorded.';

CREATE TABLE read_model.payment_reminder (
    invoice_id  UUID          NOT NULL,
    step        INTEGER       NOT NULL,
    step_days   INTEGER       NOT NULL,
    sent_on     DATE          NOT NULL,
    balance_due NUMERIC(14,2) NOT NULL,
    recipient   TEXT,
    CONSTRAINT pk_payment_reminder PRIMARY KEY (invoice_id, step)
);
COMMENT ON TABLE read_model.payment_reminder IS 'Dunning reminders sent for overdue invoices.';
COMMENT ON COLUMN read_model.payment_reminder.step IS 'Dunning step: 1 for the first reminder.';
COMMENT ON COLUMN read_model.payment_reminder.step_days IS 'Days after the due date this step goes out.';
COMMENT ON COLUMN read_model.payment_reminder.sent_on IS 'Date it was sent.';
COMMENT ON COLUMN read_model.payment_reminder.balance_due IS 'What was still due then.';
COMMENT ON COLUMN read_model.payment_reminder.recipient IS 'E-mail address it went to; null when the patient has none.';

CREATE TABLE read_model.patient_credit_movement (
    movement_id     UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    patient_id      UUID          NOT NULL,
    kind            TEXT          NOT NULL,
    invoice_id      UUID,
    amount          NUMERIC(14,2) NOT NULL,
    currency        TEXT          NOT NULL,
    method          TEXT,
    reference       TEXT,
    credit_after    NUMERIC(14,2) NOT NULL,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_patient_credit_movement PRIMARY KEY (movement_id),
    CONSTRAINT chk_patient_credit_movement_kind CHECK (kind IN ('ADDED', 'APPLIED', 'REFUNDED'))
);
CREATE INDEX idx_patient_credit_movement_patient ON read_model.patient_credit_movement (patient_id, occurred_at);
COMMENT ON TABLE read_model.patient_credit_movement IS 'Every change to a patient''s credit: added (overpayment, credit note), applied to an invoice, refunded.';
COMMENT ON COLUMN read_model.patient_credit_movement.movement_id IS 'The payment, credit note, application or refund behind it.';
COMMENT ON COLUMN read_model.patient_credit_movement.kind IS 'ADDED, APPLIED or REFUNDED.';
COMMENT ON COLUMN read_model.patient_credit_movement.invoice_id IS 'The invoice it came from or went to.';
COMMENT ON COLUMN read_model.patient_credit_movement.amount IS 'Amount moved (always positive).';
COMMENT ON COLUMN read_model.patient_credit_movement.method IS 'For refunds: how the money went back.';
COMMENT ON COLUMN read_model.patient_credit_movement.reference IS 'For refunds: the transfer or cheque reference.';
COMMENT ON COLUMN read_model.patient_credit_movement.credit_after IS 'The patient''s credit after the movement.';
COMMENT ON COLUMN read_model.patient_credit_movement.occurred_at IS 'When it happened.';

CREATE TABLE read_model.patient_balance (
    patient_id      UUID          NOT NULL,
    organization_id UUID          NOT NULL,
    currency        TEXT          NOT NULL,
    invoiced        NUMERIC(14,2) NOT NULL,
    paid            NUMERIC(14,2) NOT NULL,
    balance_due     NUMERIC(14,2) NOT NULL,
    credit          NUMERIC(14,2) NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT pk_patient_balance PRIMARY KEY (patient_id)
);
CREATE INDEX idx_patient_balance_organization ON read_model.patient_balance (organization_id);
COMMENT ON TABLE read_model.patient_balance IS 'Each billed patient''s account: invoiced, paid, still due, and credit held.';
COMMENT ON COLUMN read_model.patient_balance.invoiced IS 'Sum of the totals of issued invoices not credited.';
COMMENT ON COLUMN read_model.patient_balance.paid IS 'Sum of what was applied to them.';
COMMENT ON COLUMN read_model.patient_balance.balance_due IS 'invoiced - paid: what the patient still owes.';
COMMENT ON COLUMN read_model.patient_balance.credit IS 'Money the clinic holds for the patient (overpayments, credited payments), to apply or refund.';
COMMENT ON COLUMN read_model.patient_balance.updated_at IS 'When it last changed.';

CREATE TABLE read_model.dunning_settings (
    organization_id UUID      NOT NULL,
    step_days       INTEGER[] NOT NULL,
    version         BIGINT    NOT NULL,
    CONSTRAINT pk_dunning_settings PRIMARY KEY (organization_id)
);
COMMENT ON TABLE read_model.dunning_settings IS 'Days after the due date each reminder goes out, per organization (absent: 7, 21, 45).';
COMMENT ON COLUMN read_model.dunning_settings.step_days IS 'Ascending days after the due date, one per step.';
COMMENT ON COLUMN read_model.dunning_settings.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.appointment_type_service (
    appointment_type_id UUID   NOT NULL,
    organization_id     UUID   NOT NULL,
    product_id          UUID,
    version             BIGINT NOT NULL,
    CONSTRAINT pk_appointment_type_service PRIMARY KEY (appointment_type_id)
);
COMMENT ON TABLE read_model.appointment_type_service IS 'The catalog service each appointment type is billed with.';
COMMENT ON COLUMN read_model.appointment_type_service.product_id IS 'The service (read_model.product); null when none is chosen.';
COMMENT ON COLUMN read_model.appointment_type_service.version IS 'Sequence number of the appointment type''s last event applied.';

-- Overdue money as of today, per invoice and bucket: what analysts chart. The application asks
-- the same question for any date (GetAgingReport).
CREATE VIEW read_model.invoice_aging AS
SELECT invoice_id, organization_id, patient_id, number, due_on, currency, balance_due,
       current_date - due_on AS days_overdue,
       CASE WHEN current_date - due_on <= 30 THEN '0-30'
            WHEN current_date - due_on <= 60 THEN '31-60'
            WHEN current_date - due_on <= 90 THEN '61-90'
            ELSE '90+' END AS bucket
FROM read_model.invoice
WHERE status IN ('ISSUED', 'PARTIALLY_PAID') AND balance_due > 0 AND due_on < current_date;
COMMENT ON VIEW read_model.invoice_aging IS 'Unpaid invoices past their due date today, with days overdue and aging bucket (0-30, 31-60, 61-90, 90+).';
