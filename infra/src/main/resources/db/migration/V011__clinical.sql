-- Clinical documentation: cases (episodes of care), visits, their SOAP notes with every revision,
-- addenda, attachments' metadata and note templates. All are projections of the events.
--
-- Facts an analyst may count (dates, statuses, ICD-10 codes, practitioners, measures) are in
-- read_model. The words of the record (reasons, diagnoses in words, notes, addenda, file names)
-- are in schema clinical, which only the application reads: a read-only analyst role is given
-- read_model, never clinical.
CREATE SCHEMA IF NOT EXISTS clinical;

CREATE TABLE read_model.clinical_case (
    case_id         UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    patient_id      UUID        NOT NULL,
    practitioner_id UUID        NOT NULL,
    status          TEXT        NOT NULL,
    icd10_code      TEXT,
    opened_at       TIMESTAMPTZ NOT NULL,
    closed_at       TIMESTAMPTZ,
    reopen_count    INTEGER     NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_clinical_case PRIMARY KEY (case_id),
    CONSTRAINT chk_clinical_case_status CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX idx_clinical_case_patient ON read_model.clinical_case (organization_id, patient_id, opened_at DESC);
COMMENT ON TABLE read_model.clinical_case IS 'One row per case (episode of care) of a patient. Its words are in clinical.case_text.';
COMMENT ON COLUMN read_model.clinical_case.case_id IS 'Identifier of the case, as in the events.';
COMMENT ON COLUMN read_model.clinical_case.organization_id IS 'The clinic the case belongs to.';
COMMENT ON COLUMN read_model.clinical_case.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.clinical_case.practitioner_id IS 'The practitioner in charge now (read_model.staff_member.user_id).';
COMMENT ON COLUMN read_model.clinical_case.status IS 'OPEN or CLOSED.';
COMMENT ON COLUMN read_model.clinical_case.icd10_code IS 'ICD-10 code of the diagnosis (e.g. M54.5), or null.';
COMMENT ON COLUMN read_model.clinical_case.opened_at IS 'When the case was opened (UTC).';
COMMENT ON COLUMN read_model.clinical_case.closed_at IS 'When it was last closed (UTC); null while open.';
COMMENT ON COLUMN read_model.clinical_case.reopen_count IS 'How many times the case was reopened after a closing.';
COMMENT ON COLUMN read_model.clinical_case.updated_at IS 'When the case last changed (UTC).';
COMMENT ON COLUMN read_model.clinical_case.version IS 'Sequence number of the last event applied to this row.';

CREATE TABLE clinical.case_text (
    case_id             UUID NOT NULL,
    organization_id     UUID NOT NULL,
    reason_for_referral TEXT NOT NULL,
    diagnosis_text      TEXT,
    referring_doctor    TEXT,
    goals               TEXT,
    outcome             TEXT,
    reopen_reason       TEXT,
    CONSTRAINT pk_case_text PRIMARY KEY (case_id)
);
COMMENT ON TABLE clinical.case_text IS 'The words of each case: reason for referral, diagnosis, referring doctor, goals, outcome.';
COMMENT ON COLUMN clinical.case_text.outcome IS 'Outcome written at the last closing; null while never closed.';
COMMENT ON COLUMN clinical.case_text.reopen_reason IS 'Why the case was last reopened, or null.';

CREATE TABLE read_model.visit (
    visit_id        UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    case_id         UUID        NOT NULL,
    patient_id      UUID        NOT NULL,
    practitioner_id UUID        NOT NULL,
    appointment_id  UUID,
    visited_on      DATE        NOT NULL,
    status          TEXT        NOT NULL,
    revision        INTEGER     NOT NULL DEFAULT 0,
    last_revised_at TIMESTAMPTZ,
    last_revised_by UUID,
    signed_at       TIMESTAMPTZ,
    signed_by       UUID,
    addendum_count  INTEGER     NOT NULL DEFAULT 0,
    started_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_visit PRIMARY KEY (visit_id),
    CONSTRAINT chk_visit_status CHECK (status IN ('DRAFT', 'SIGNED'))
);
CREATE INDEX idx_visit_case ON read_model.visit (case_id, visited_on);
CREATE INDEX idx_visit_patient ON read_model.visit (organization_id, patient_id, visited_on DESC);
CREATE INDEX idx_visit_appointment ON read_model.visit (appointment_id) WHERE appointment_id IS NOT NULL;
COMMENT ON TABLE read_model.visit IS 'The visit timeline: one row per visit, without its note (see clinical.visit_note).';
COMMENT ON COLUMN read_model.visit.visit_id IS 'Identifier of the visit, as in the events.';
COMMENT ON COLUMN read_model.visit.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.visit.case_id IS 'The case the visit belongs to (read_model.clinical_case).';
COMMENT ON COLUMN read_model.visit.patient_id IS 'The patient.';
COMMENT ON COLUMN read_model.visit.practitioner_id IS 'The practitioner who saw the patient and signs the note.';
COMMENT ON COLUMN read_model.visit.appointment_id IS 'The appointment the visit was started from (read_model.appointment), or null.';
COMMENT ON COLUMN read_model.visit.visited_on IS 'Date of the visit.';
COMMENT ON COLUMN read_model.visit.status IS 'DRAFT (the note may be edited) or SIGNED (locked; addenda only).';
COMMENT ON COLUMN read_model.visit.revision IS 'Number of the latest saved revision of the note; 0 before the first save.';
COMMENT ON COLUMN read_model.visit.last_revised_at IS 'When the latest revision was saved (UTC).';
COMMENT ON COLUMN read_model.visit.last_revised_by IS 'Who saved the latest revision.';
COMMENT ON COLUMN read_model.visit.signed_at IS 'When the note was signed (UTC), or null.';
COMMENT ON COLUMN read_model.visit.signed_by IS 'Who signed it, or null.';
COMMENT ON COLUMN read_model.visit.addendum_count IS 'Number of addenda added after the signature.';
COMMENT ON COLUMN read_model.visit.started_at IS 'When the visit was started in Kine (UTC).';
COMMENT ON COLUMN read_model.visit.updated_at IS 'When the visit last changed (UTC).';
COMMENT ON COLUMN read_model.visit.version IS 'Sequence number of the visit''s last event applied to this row.';

CREATE TABLE read_model.visit_outcome_measure (
    visit_id        UUID    NOT NULL,
    organization_id UUID    NOT NULL,
    case_id         UUID    NOT NULL,
    patient_id      UUID    NOT NULL,
    measure         TEXT    NOT NULL,
    value           INTEGER NOT NULL,
    CONSTRAINT pk_visit_outcome_measure PRIMARY KEY (visit_id, measure)
);
CREATE INDEX idx_visit_outcome_measure_case ON read_model.visit_outcome_measure (case_id, measure);
COMMENT ON TABLE read_model.visit_outcome_measure IS 'Outcome measures of each visit as in its latest note revision: one row per measure taken.';
COMMENT ON COLUMN read_model.visit_outcome_measure.measure IS 'Which measure: PAIN (numeric rating scale 0-10); more may be added.';
COMMENT ON COLUMN read_model.visit_outcome_measure.value IS 'The value on the measure''s scale.';

CREATE TABLE clinical.visit_note (
    visit_id        UUID    NOT NULL,
    organization_id UUID    NOT NULL,
    revision        INTEGER NOT NULL,
    subjective      TEXT,
    objective       TEXT,
    assessment      TEXT,
    plan            TEXT,
    CONSTRAINT pk_visit_note PRIMARY KEY (visit_id)
);
COMMENT ON TABLE clinical.visit_note IS 'The latest note of each visit (the text of its latest revision).';

CREATE TABLE clinical.visit_note_revision (
    visit_id        UUID        NOT NULL,
    revision        INTEGER     NOT NULL,
    organization_id UUID        NOT NULL,
    patient_id      UUID        NOT NULL,
    author_id       UUID        NOT NULL,
    revised_at      TIMESTAMPTZ NOT NULL,
    subjective      TEXT,
    objective       TEXT,
    assessment      TEXT,
    plan            TEXT,
    measures        JSONB       NOT NULL,
    template_id     UUID,
    CONSTRAINT pk_visit_note_revision PRIMARY KEY (visit_id, revision)
);
COMMENT ON TABLE clinical.visit_note_revision IS 'Every saved revision of every note, exactly as written: one row per VisitNoteRevised event.';
COMMENT ON COLUMN clinical.visit_note_revision.measures IS 'Outcome measures of that revision, e.g. [{"kind": "PAIN", "value": 6}].';
COMMENT ON COLUMN clinical.visit_note_revision.template_id IS 'The template the editor started from, or null.';

CREATE TABLE clinical.visit_addendum (
    visit_id        UUID        NOT NULL,
    number          INTEGER     NOT NULL,
    organization_id UUID        NOT NULL,
    author_id       UUID        NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    text            TEXT        NOT NULL,
    CONSTRAINT pk_visit_addendum PRIMARY KEY (visit_id, number)
);
COMMENT ON TABLE clinical.visit_addendum IS 'Addenda to signed notes, numbered from 1 per visit, each signed by its author at added_at.';

CREATE TABLE clinical.attachment (
    attachment_id   UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    patient_id      UUID        NOT NULL,
    case_id         UUID        NOT NULL,
    visit_id        UUID,
    file_name       TEXT        NOT NULL,
    content_type    TEXT        NOT NULL,
    size_bytes      BIGINT      NOT NULL,
    sha256          TEXT        NOT NULL,
    uploaded_by     UUID        NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (attachment_id)
);
CREATE INDEX idx_attachment_case ON clinical.attachment (case_id, uploaded_at);
COMMENT ON TABLE clinical.attachment IS 'Metadata of files attached to cases and visits; the bytes are in clinical.attachment_content.';
COMMENT ON COLUMN clinical.attachment.content_type IS 'Type read from the bytes (application/pdf, image/png, image/jpeg, ...), never from the name.';
COMMENT ON COLUMN clinical.attachment.sha256 IS 'SHA-256 of the bytes, hex; the same value is in the AttachmentAdded event.';

CREATE TABLE read_model.note_template (
    template_id     UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    subjective      TEXT,
    objective       TEXT,
    assessment      TEXT,
    plan            TEXT,
    retired         BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_note_template PRIMARY KEY (template_id)
);
CREATE INDEX idx_note_template_organization ON read_model.note_template (organization_id, lower(name));
COMMENT ON TABLE read_model.note_template IS 'Note templates of each clinic: the text each SOAP section of a new note starts with.';
COMMENT ON COLUMN read_model.note_template.template_id IS 'Identifier of the template.';
COMMENT ON COLUMN read_model.note_template.organization_id IS 'The clinic.';
COMMENT ON COLUMN read_model.note_template.name IS 'Name shown in the editor (e.g. Bilan initial, Genou).';
COMMENT ON COLUMN read_model.note_template.subjective IS 'Starting text of the Subjective section, or null.';
COMMENT ON COLUMN read_model.note_template.objective IS 'Starting text of the Objective section, or null.';
COMMENT ON COLUMN read_model.note_template.assessment IS 'Starting text of the Assessment section, or null.';
COMMENT ON COLUMN read_model.note_template.plan IS 'Starting text of the Plan section, or null.';
COMMENT ON COLUMN read_model.note_template.retired IS 'True once retired: no longer offered, notes that used it unchanged.';
COMMENT ON COLUMN read_model.note_template.updated_at IS 'When the template last changed (UTC).';
COMMENT ON COLUMN read_model.note_template.version IS 'Sequence number of the last event applied to this row.';
