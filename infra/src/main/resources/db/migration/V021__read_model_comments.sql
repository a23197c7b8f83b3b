-- Analysts read column comments in their SQL tools: the billing and clinical tables left some
-- key columns without one (ReadModelDocumentationTest checks every column has a comment).
COMMENT ON COLUMN read_model.appointment_type_service.appointment_type_id IS 'The appointment type (read_model.appointment_type).';
COMMENT ON COLUMN read_model.appointment_type_service.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.dunning_settings.organization_id IS 'The clinic these reminder steps belong to.';
COMMENT ON COLUMN read_model.invoice_tax.invoice_id IS 'The invoice (read_model.invoice).';
COMMENT ON COLUMN read_model.patient_balance.currency IS 'ISO 4217 currency of every amount of the row (the clinic''s currency).';
COMMENT ON COLUMN read_model.patient_balance.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.patient_balance.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.patient_credit_movement.currency IS 'ISO 4217 currency of the amount.';
COMMENT ON COLUMN read_model.patient_credit_movement.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.patient_credit_movement.patient_id IS 'Whose credit moved (read_model.patient).';
COMMENT ON COLUMN read_model.payment.currency IS 'ISO 4217 currency of the amount.';
COMMENT ON COLUMN read_model.payment.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.payment.patient_id IS 'The patient who paid or was refunded (read_model.patient).';
COMMENT ON COLUMN read_model.payment_reminder.invoice_id IS 'The overdue invoice reminded (read_model.invoice).';
COMMENT ON COLUMN read_model.visit_outcome_measure.case_id IS 'The case of the visit (read_model.clinical_case).';
COMMENT ON COLUMN read_model.visit_outcome_measure.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.visit_outcome_measure.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.visit_outcome_measure.visit_id IS 'The visit the measure was recorded at (read_model.visit).';
