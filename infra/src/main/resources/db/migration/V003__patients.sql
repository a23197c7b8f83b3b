-- The analysts' schema: projections only, rebuilt from events at will.
CREATE SCHEMA IF NOT EXISTS read_model;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE read_model.patient (
    patient_id      UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    first_name      TEXT        NOT NULL,
    last_name       TEXT        NOT NULL,
    date_of_birth   DATE        NOT NULL,
    sex             TEXT        NOT NULL,
    phone           TEXT,
    email           TEXT,
    street          TEXT,
    postal_code     TEXT,
    city            TEXT,
    country         TEXT,
    insurer         TEXT,
    policy_number   TEXT,
    archived        BOOLEAN     NOT NULL DEFAULT FALSE,
    registered_at   TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    name_key        TEXT        NOT NULL,
    search_text     TEXT        NOT NULL,
    CONSTRAINT pk_patient PRIMARY KEY (patient_id),
    CONSTRAINT chk_patient_sex CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN'))
);

COMMENT ON TABLE read_model.patient IS 'One row per patient of every organization, archived ones included (archived = true).';
COMMENT ON COLUMN read_model.patient.patient_id IS 'The patient''s id, as in the events.';
COMMENT ON COLUMN read_model.patient.organization_id IS 'The clinic organization the patient belongs to.';
COMMENT ON COLUMN read_model.patient.first_name IS 'First name as typed (trimmed).';
COMMENT ON COLUMN read_model.patient.last_name IS 'Last name as typed (trimmed).';
COMMENT ON COLUMN read_model.patient.date_of_birth IS 'Date of birth.';
COMMENT ON COLUMN read_model.patient.sex IS 'FEMALE, MALE, OTHER or UNKNOWN.';
COMMENT ON COLUMN read_model.patient.phone IS 'Phone number in E.164 form (+33612345678), or null.';
COMMENT ON COLUMN read_model.patient.email IS 'E-mail address, or null.';
COMMENT ON COLUMN read_model.patient.street IS 'Street and number of the postal address, or null.';
COMMENT ON COLUMN read_model.patient.postal_code IS 'Postal code, or null.';
COMMENT ON COLUMN read_model.patient.city IS 'City, or null.';
COMMENT ON COLUMN read_model.patient.country IS 'Country, or null.';
COMMENT ON COLUMN read_model.patient.insurer IS 'Health insurer (e.g. a mutuelle or CNSS), or null.';
COMMENT ON COLUMN read_model.patient.policy_number IS 'Insurance policy or member number, or null.';
COMMENT ON COLUMN read_model.patient.archived IS 'True once archived (soft-deleted): hidden from lists, history kept.';
COMMENT ON COLUMN read_model.patient.registered_at IS 'When the patient was registered (UTC).';
COMMENT ON COLUMN read_model.patient.updated_at IS 'When the patient last changed (UTC).';
COMMENT ON COLUMN read_model.patient.version IS 'Sequence number of the last event applied to this row.';
COMMENT ON COLUMN read_model.patient.name_key IS 'First and last name without accents or case, for duplicate detection.';
COMMENT ON COLUMN read_model.patient.search_text IS 'Names, phone digits and e-mail without accents or case, for search.';

-- Search by any part of a name, phone or e-mail: LIKE '%term%' uses this trigram index.
CREATE INDEX idx_patient_search_text ON read_model.patient USING gin (search_text gin_trgm_ops);
CREATE INDEX idx_patient_organization_name ON read_model.patient (organization_id, lower(last_name), lower(first_name), patient_id);
CREATE INDEX idx_patient_duplicate ON read_model.patient (organization_id, date_of_birth, name_key);
