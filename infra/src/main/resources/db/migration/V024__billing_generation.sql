-- Bumped with every event the billing projection applies, in the same transaction: the
-- dashboards' cached billing figures are keyed on it, so a new invoice, payment or credit
-- note makes them unreachable at once. Owned by processing group billing (rebuilt with it).
CREATE TABLE read_model.billing_generation (
    organization_id UUID   NOT NULL,
    generation      BIGINT NOT NULL,
    CONSTRAINT pk_billing_generation PRIMARY KEY (organization_id)
);
COMMENT ON TABLE read_model.billing_generation IS 'Count of events the billing projection applied per organization; cached billing figures are valid while it is unchanged (processing group billing).';
COMMENT ON COLUMN read_model.billing_generation.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.billing_generation.generation IS 'Billing events applied so far.';

