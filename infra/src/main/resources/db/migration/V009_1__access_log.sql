-- Who opened which patient's chart or clinical record, and when. Reading changes nothing, so
-- these are not domain events; the log is still append-only, like the event table.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.chart_access (
    access_id       BIGINT GENERATED ALWAYS AS IDENTITY,
    accessed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    organization_id UUID        NOT NULL,
    actor_id        UUID        NOT NULL,
    actor_roles     TEXT        NOT NULL,
    patient_id      UUID        NOT NULL,
    subject_kind    TEXT        NOT NULL,
    subject_id      TEXT        NOT NULL,
    channel         TEXT        NOT NULL,
    request_id      TEXT        NOT NULL,
    client_address  TEXT,
    CONSTRAINT pk_chart_access PRIMARY KEY (access_id),
    CONSTRAINT chk_chart_access_channel CHECK (channel IN ('web', 'api')),
    CONSTRAINT chk_chart_access_kind CHECK (subject_kind ~ '^[a-z][a-z-]{1,40}$')
);
CREATE INDEX idx_chart_access_org_time ON audit.chart_access (organization_id, accessed_at DESC, access_id DESC);
CREATE INDEX idx_chart_access_patient ON audit.chart_access (organization_id, patient_id, accessed_at DESC);
CREATE INDEX idx_chart_access_actor ON audit.chart_access (organization_id, actor_id, accessed_at DESC);

CREATE FUNCTION audit.reject_chart_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.chart_access is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER trg_chart_access_append_only BEFORE UPDATE OR DELETE ON audit.chart_access
    FOR EACH ROW EXECUTE FUNCTION audit.reject_chart_access_change();
CREATE TRIGGER trg_chart_access_no_truncate BEFORE TRUNCATE ON audit.chart_access
    FOR EACH STATEMENT EXECUTE FUNCTION audit.reject_chart_access_change();

COMMENT ON TABLE audit.chart_access IS 'Access log: each opening of a patient chart, its history, a clinical note or an attachment. Append-only.';
COMMENT ON COLUMN audit.chart_access.actor_roles IS 'Roles of the reader at the time, comma-separated.';
COMMENT ON COLUMN audit.chart_access.subject_kind IS 'What was opened: patient-chart, patient-history, case, visit-note, note-revisions, attachment, ...';
COMMENT ON COLUMN audit.chart_access.subject_id IS 'Identifier of what was opened (the patient id for the chart itself).';
COMMENT ON COLUMN audit.chart_access.channel IS 'web (a page) or api (a JSON request).';
COMMENT ON COLUMN audit.chart_access.request_id IS 'Request id of the reading request, as in logs and event metadata.';
