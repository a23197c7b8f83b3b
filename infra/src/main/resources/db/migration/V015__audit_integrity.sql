-- The audit trail made browsable, provable and erasable: indexes for the event browser, the hash
-- chain, append-only privileges, the per-patient keys of personal data and the retention policy.

-- 1. Event browser. Every filter starts with the organization and pages backwards on
-- global_index (keyset pagination), so each index ends with global_index.
CREATE INDEX idx_domain_event_entry_org_global
    ON domain_event_entry ((meta_data::jsonb ->> 'organizationId'), global_index);
CREATE INDEX idx_domain_event_entry_org_actor
    ON domain_event_entry ((meta_data::jsonb ->> 'organizationId'), (meta_data::jsonb ->> 'actorId'), global_index);
CREATE INDEX idx_domain_event_entry_org_payload_type
    ON domain_event_entry ((meta_data::jsonb ->> 'organizationId'), payload_type, global_index);
CREATE INDEX idx_domain_event_entry_org_type
    ON domain_event_entry ((meta_data::jsonb ->> 'organizationId'), type, global_index);
CREATE INDEX idx_domain_event_entry_org_time
    ON domain_event_entry ((meta_data::jsonb ->> 'organizationId'), time_stamp, global_index);

-- 2. Hash chain: one chain per organization, in the order the chain processor received the
-- events (global order). Each link is SHA-256(previous link hash || canonical bytes of the
-- event); the canonical bytes are defined in docs/data-dictionary.md.
CREATE TABLE audit.event_chain (
    organization_id UUID        NOT NULL,
    link_number     BIGINT      NOT NULL,
    global_index    BIGINT      NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    link_hash       BYTEA       NOT NULL,
    chained_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_event_chain PRIMARY KEY (organization_id, link_number),
    CONSTRAINT uq_event_chain_global_index UNIQUE (global_index),
    CONSTRAINT chk_event_chain_hash_length CHECK (octet_length(link_hash) = 32),
    CONSTRAINT chk_event_chain_link_number CHECK (link_number >= 1)
);
CREATE INDEX idx_event_chain_org_time ON audit.event_chain (organization_id, occurred_at, link_number);

COMMENT ON TABLE audit.event_chain IS
    'Tamper evidence: one link per event, chained per organization in global order. Append-only.';
COMMENT ON COLUMN audit.event_chain.organization_id IS 'Organization whose chain this link belongs to (the event''s metadata organizationId).';
COMMENT ON COLUMN audit.event_chain.link_number IS 'Position in the organization''s chain, from 1, without gaps.';
COMMENT ON COLUMN audit.event_chain.global_index IS 'The event (domain_event_entry.global_index) this link seals.';
COMMENT ON COLUMN audit.event_chain.event_identifier IS 'The event''s identifier, kept so a deleted event can still be named.';
COMMENT ON COLUMN audit.event_chain.occurred_at IS 'The event''s time stamp, for the daily digest.';
COMMENT ON COLUMN audit.event_chain.link_hash IS 'SHA-256 of the previous link hash (32 zero bytes for link 1) followed by the event''s canonical bytes.';
COMMENT ON COLUMN audit.event_chain.chained_at IS 'When the link was written.';

CREATE FUNCTION audit.reject_chain_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.event_chain is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER trg_event_chain_append_only BEFORE UPDATE OR DELETE ON audit.event_chain
    FOR EACH ROW EXECUTE FUNCTION audit.reject_chain_change();
CREATE TRIGGER trg_event_chain_no_truncate BEFORE TRUNCATE ON audit.event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit.reject_chain_change();

-- 3. Append-only by privileges too, not only by triggers. Nobody (PUBLIC) and not even the
-- owner, which is the role Kine connects as, holds UPDATE, DELETE or TRUNCATE on the trail.
-- Limits: an owner may grant them back to itself and a superuser ignores privileges (and can
-- disable triggers); the hash chain and the external daily digest are what reveal that.
REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.event_chain FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.event_chain FROM CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.chart_access FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.chart_access FROM CURRENT_USER;

-- 4. Crypto-shredding: personal data in events is encrypted with its patient's key. Erasing the
-- patient destroys the key; the events stay, their personal fields become unreadable.
CREATE TABLE audit.subject_key (
    subject_id   UUID        NOT NULL,
    key_material BYTEA,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT pk_subject_key PRIMARY KEY (subject_id),
    CONSTRAINT chk_subject_key_live_or_destroyed CHECK ((key_material IS NULL) = (destroyed_at IS NOT NULL)),
    CONSTRAINT chk_subject_key_length CHECK (key_material IS NULL OR octet_length(key_material) = 32)
);
COMMENT ON TABLE audit.subject_key IS
    'One AES-256 key per patient (data subject) for the personal data in events; destroyed when the patient is erased.';
COMMENT ON COLUMN audit.subject_key.subject_id IS 'The patient id named by the events'' @DataSubject field.';
COMMENT ON COLUMN audit.subject_key.key_material IS 'The raw AES-256-GCM key; NULL once destroyed.';
COMMENT ON COLUMN audit.subject_key.created_at IS 'When the first event with this patient''s personal data was written.';
COMMENT ON COLUMN audit.subject_key.destroyed_at IS 'When the key was destroyed (patient erased); NULL while live.';

-- 5. Retention before erasure, per organization; no row means the default (French rule).
CREATE TABLE command_model.retention_policy (
    organization_id            UUID        NOT NULL,
    years_after_last_activity  INTEGER     NOT NULL,
    minors_until_age           INTEGER     NOT NULL,
    changed_at                 TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_retention_policy PRIMARY KEY (organization_id),
    CONSTRAINT chk_retention_policy_years CHECK (years_after_last_activity BETWEEN 0 AND 100),
    CONSTRAINT chk_retention_policy_age CHECK (minors_until_age BETWEEN 0 AND 120)
);
COMMENT ON TABLE command_model.retention_policy IS
    'How long patient records are kept before they may be erased; default 20 years after last activity, minors until 28.';

-- After erasure a replay writes no birth date: it is personal data and its key is gone.
ALTER TABLE read_model.patient ALTER COLUMN date_of_birth DROP NOT NULL;
COMMENT ON COLUMN read_model.patient.date_of_birth IS 'Date of birth; NULL once the patient is erased.';
