-- Reporting counts visits and episodes of care (processing group kpi). A visit is a clinical
-- visit, or a completed appointment for which no clinical visit was recorded: clinics that
-- document in Kine and clinics that only keep the schedule get the same figures.

CREATE TABLE read_model.kpi_visit (
    visit_key       UUID NOT NULL,
    organization_id UUID NOT NULL,
    patient_id      UUID NOT NULL,
    practitioner_id UUID NOT NULL,
    location_id     UUID,
    day             DATE NOT NULL,
    visit_id        UUID,
    appointment_id  UUID,
    case_id         UUID,
    CONSTRAINT pk_kpi_visit PRIMARY KEY (visit_key)
);
CREATE UNIQUE INDEX uq_kpi_visit_visit ON read_model.kpi_visit (visit_id);
CREATE UNIQUE INDEX uq_kpi_visit_appointment ON read_model.kpi_visit (appointment_id);
-- Dashboards read (organization, day) ranges and count distinct patients: index-only scans.
CREATE INDEX idx_kpi_visit_organization_day ON read_model.kpi_visit (organization_id, day, patient_id);
CREATE INDEX idx_kpi_visit_patient ON read_model.kpi_visit (patient_id, day);
CREATE INDEX idx_kpi_visit_case ON read_model.kpi_visit (case_id);
COMMENT ON TABLE read_model.kpi_visit IS 'One row per visit: a clinical visit, or a completed appointment for which no clinical visit was recorded (processing group kpi). Patients seen, retention and new patients count these rows.';
COMMENT ON COLUMN read_model.kpi_visit.visit_key IS 'Stable key of the row: the id the visit was first known by (the completed appointment''s, or the clinical visit''s).';
COMMENT ON COLUMN read_model.kpi_visit.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_visit.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.kpi_visit.practitioner_id IS 'Who saw the patient: the clinical visit''s practitioner, else the appointment''s.';
COMMENT ON COLUMN read_model.kpi_visit.location_id IS 'The appointment''s location; null for a clinical visit recorded without an appointment.';
COMMENT ON COLUMN read_model.kpi_visit.day IS 'Local day of the visit: the clinical visit''s date, else the appointment''s day at its location.';
COMMENT ON COLUMN read_model.kpi_visit.visit_id IS 'The clinical visit (read_model.visit); null when only the completed appointment is known.';
COMMENT ON COLUMN read_model.kpi_visit.appointment_id IS 'The appointment the visit was for (read_model.appointment); null for a visit without appointment.';
COMMENT ON COLUMN read_model.kpi_visit.case_id IS 'The episode of care (read_model.clinical_case); null when only the completed appointment is known.';

CREATE TABLE read_model.kpi_case (
    case_id         UUID    NOT NULL,
    organization_id UUID    NOT NULL,
    patient_id      UUID    NOT NULL,
    practitioner_id UUID    NOT NULL,
    location_id     UUID,
    opened_on       DATE    NOT NULL,
    closed_on       DATE,
    visits          INTEGER NOT NULL DEFAULT 0,
    version         BIGINT  NOT NULL,
    CONSTRAINT pk_kpi_case PRIMARY KEY (case_id)
);
CREATE INDEX idx_kpi_case_organization_closed ON read_model.kpi_case (organization_id, closed_on);
COMMENT ON TABLE read_model.kpi_case IS 'One row per episode of care with its visit count: average visits per case is the mean of visits over the cases closed in a period (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_case.case_id IS 'The case (read_model.clinical_case).';
COMMENT ON COLUMN read_model.kpi_case.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_case.patient_id IS 'The patient.';
COMMENT ON COLUMN read_model.kpi_case.practitioner_id IS 'The practitioner in charge now.';
COMMENT ON COLUMN read_model.kpi_case.location_id IS 'Location of the case''s latest visit held at a location; null before any.';
COMMENT ON COLUMN read_model.kpi_case.opened_on IS 'Local day the case was opened.';
COMMENT ON COLUMN read_model.kpi_case.closed_on IS 'Local day the case was last closed; null while open (a reopened case is open again).';
COMMENT ON COLUMN read_model.kpi_case.visits IS 'Clinical visits recorded under the case.';
COMMENT ON COLUMN read_model.kpi_case.version IS 'Sequence number of the case''s last event applied.';

COMMENT ON TABLE read_model.patient_first_visit IS 'Each patient''s first visit (read_model.kpi_visit): a patient is new in the period of that day (processing group kpi).';
COMMENT ON COLUMN read_model.patient_first_visit.first_visit_on IS 'Local day of the first visit.';
COMMENT ON COLUMN read_model.patient_first_visit.location_id IS 'Where; null when the first visit had no appointment.';
ALTER TABLE read_model.patient_first_visit ALTER COLUMN location_id DROP NOT NULL;
COMMENT ON COLUMN read_model.kpi_appointment.status IS 'BOOKED, CONFIRMED, ARRIVED, COMPLETED, CANCELLED or NO_SHOW.';

-- An installation upgraded to this version: fill the new tables from the read model as the
-- projection would have (a rebuild of kpi gives the same rows), so no figure starts half-built.
INSERT INTO read_model.kpi_visit (visit_key, organization_id, patient_id, practitioner_id, location_id, day,
    appointment_id)
SELECT appointment_id, organization_id, patient_id, practitioner_id, location_id, day, appointment_id
FROM read_model.kpi_appointment WHERE status = 'COMPLETED';

-- The first clinical visit recorded for an appointment takes the appointment's row.
UPDATE read_model.kpi_visit k
SET visit_id = v.visit_id, case_id = v.case_id, practitioner_id = v.practitioner_id, day = v.visited_on
FROM (SELECT DISTINCT ON (appointment_id) * FROM read_model.visit WHERE appointment_id IS NOT NULL
      ORDER BY appointment_id, started_at, visit_id) v
WHERE v.appointment_id = k.appointment_id;

INSERT INTO read_model.kpi_visit (visit_key, organization_id, patient_id, practitioner_id, location_id, day,
    visit_id, appointment_id, case_id)
SELECT v.visit_id, v.organization_id, v.patient_id, v.practitioner_id, a.location_id, v.visited_on, v.visit_id,
    CASE WHEN EXISTS (SELECT 1 FROM read_model.kpi_visit t WHERE t.appointment_id = v.appointment_id)
         THEN NULL ELSE v.appointment_id END,
    v.case_id
FROM read_model.visit v LEFT JOIN read_model.kpi_appointment a ON a.appointment_id = v.appointment_id
WHERE NOT EXISTS (SELECT 1 FROM read_model.kpi_visit k WHERE k.visit_id = v.visit_id)
ORDER BY v.started_at, v.visit_id;

-- Case days in the zone of the organization's locations: its first location's when the case opened, the
-- case's latest visit's location's when it closed (as KpiVisits.caseZone chooses at each event).
INSERT INTO read_model.kpi_case (case_id, organization_id, patient_id, practitioner_id, location_id, opened_on,
    closed_on, visits, version)
SELECT c.case_id, c.organization_id, c.patient_id, c.practitioner_id, last_visit.location_id,
    CAST(c.opened_at AT TIME ZONE coalesce(first_zone.time_zone, 'UTC') AS date),
    CASE WHEN c.status = 'CLOSED' THEN CAST(c.closed_at AT TIME ZONE coalesce(zone.time_zone, 'UTC') AS date) END,
    (SELECT count(*) FROM read_model.kpi_visit k WHERE k.case_id = c.case_id),
    c.version
FROM read_model.clinical_case c
LEFT JOIN LATERAL (SELECT k.location_id FROM read_model.kpi_visit k
                   WHERE k.case_id = c.case_id AND k.location_id IS NOT NULL
                   ORDER BY k.day DESC, k.visit_key LIMIT 1) last_visit ON TRUE
LEFT JOIN LATERAL (SELECT l.time_zone FROM read_model.kpi_location l
                   WHERE l.organization_id = c.organization_id
                   ORDER BY l.location_id = last_visit.location_id DESC NULLS LAST, l.location_id LIMIT 1) zone ON TRUE
LEFT JOIN LATERAL (SELECT l.time_zone FROM read_model.kpi_location l
                   WHERE l.organization_id = c.organization_id
                   ORDER BY l.location_id LIMIT 1) first_zone ON TRUE;

DELETE FROM read_model.patient_first_visit;
INSERT INTO read_model.patient_first_visit (patient_id, organization_id, first_visit_on, practitioner_id, location_id)
SELECT DISTINCT ON (patient_id) patient_id, organization_id, day, practitioner_id, location_id
FROM read_model.kpi_visit ORDER BY patient_id, day, visit_key;
