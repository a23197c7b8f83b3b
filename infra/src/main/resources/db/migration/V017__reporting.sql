-- Reporting: the KPI projection's tables (processing group "kpi") and the analysts' role.
-- Every KPI table is rebuilt from the events; none is ever written by hand.

-- Time zone of each location, so appointments are counted on the day the clinic saw them.
CREATE TABLE read_model.kpi_location (
    location_id     UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    time_zone       TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_kpi_location PRIMARY KEY (location_id)
);
COMMENT ON TABLE read_model.kpi_location IS 'Time zone of each location as the KPI projection knows it (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_location.location_id IS 'The location (read_model.location).';
COMMENT ON COLUMN read_model.kpi_location.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_location.time_zone IS 'IANA time zone the location''s days are counted in.';
COMMENT ON COLUMN read_model.kpi_location.version IS 'Sequence number of the organization''s last event applied.';

-- One row per appointment, with the facts every KPI counts.
CREATE TABLE read_model.kpi_appointment (
    appointment_id    UUID        NOT NULL,
    organization_id   UUID        NOT NULL,
    patient_id        UUID        NOT NULL,
    practitioner_id   UUID        NOT NULL,
    location_id       UUID        NOT NULL,
    day               DATE        NOT NULL,
    starts_at         TIMESTAMPTZ NOT NULL,
    minutes           INTEGER     NOT NULL,
    status            TEXT        NOT NULL,
    late_cancellation BOOLEAN     NOT NULL DEFAULT FALSE,
    version           BIGINT      NOT NULL,
    CONSTRAINT pk_kpi_appointment PRIMARY KEY (appointment_id),
    CONSTRAINT chk_kpi_appointment_status CHECK (status IN ('BOOKED', 'CONFIRMED', 'ARRIVED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'))
);
CREATE INDEX idx_kpi_appointment_organization_day ON read_model.kpi_appointment (organization_id, day);
CREATE INDEX idx_kpi_appointment_cell ON read_model.kpi_appointment (practitioner_id, location_id, day);
CREATE INDEX idx_kpi_appointment_patient ON read_model.kpi_appointment (patient_id, day);
COMMENT ON TABLE read_model.kpi_appointment IS 'One row per appointment with what the KPIs count: its local day, length and outcome (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_appointment.appointment_id IS 'The appointment (read_model.appointment).';
COMMENT ON COLUMN read_model.kpi_appointment.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_appointment.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.kpi_appointment.practitioner_id IS 'The practitioner now assigned (read_model.staff_member.user_id).';
COMMENT ON COLUMN read_model.kpi_appointment.location_id IS 'The location (read_model.location).';
COMMENT ON COLUMN read_model.kpi_appointment.day IS 'Day of the start in the location''s time zone.';
COMMENT ON COLUMN read_model.kpi_appointment.starts_at IS 'Start, in UTC.';
COMMENT ON COLUMN read_model.kpi_appointment.minutes IS 'Booked length in minutes.';
COMMENT ON COLUMN read_model.kpi_appointment.status IS 'BOOKED, CONFIRMED, ARRIVED, COMPLETED, CANCELLED or NO_SHOW. COMPLETED counts as a visit until clinical visits exist.';
COMMENT ON COLUMN read_model.kpi_appointment.late_cancellation IS 'True when cancelled inside the late-cancellation window.';
COMMENT ON COLUMN read_model.kpi_appointment.version IS 'Sequence number of the appointment''s last event applied.';

-- Every weekly template a practitioner ever had at a location, by the day it took effect.
CREATE TABLE read_model.kpi_working_hours (
    working_hours_id  UUID    NOT NULL,
    organization_id   UUID    NOT NULL,
    practitioner_id   UUID    NOT NULL,
    location_id       UUID    NOT NULL,
    effective_on      DATE    NOT NULL,
    day_of_week       INTEGER NOT NULL,
    available_minutes INTEGER NOT NULL,
    version           BIGINT  NOT NULL,
    CONSTRAINT pk_kpi_working_hours PRIMARY KEY (working_hours_id, effective_on, day_of_week),
    CONSTRAINT chk_kpi_working_hours_day CHECK (day_of_week BETWEEN 1 AND 7)
);
CREATE INDEX idx_kpi_working_hours_cell ON read_model.kpi_working_hours (practitioner_id, location_id, day_of_week, effective_on);
COMMENT ON TABLE read_model.kpi_working_hours IS 'History of weekly working hours: minutes available per weekday, from the day each template took effect. The first template also applies to the days before it (processing group kpi).';
COMMENT ON COLUMN read_model.kpi_working_hours.working_hours_id IS 'The template (read_model.working_hours).';
COMMENT ON COLUMN read_model.kpi_working_hours.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_working_hours.practitioner_id IS 'The practitioner.';
COMMENT ON COLUMN read_model.kpi_working_hours.location_id IS 'The location.';
COMMENT ON COLUMN read_model.kpi_working_hours.effective_on IS 'Local day the template was set; it applies from then until the next one.';
COMMENT ON COLUMN read_model.kpi_working_hours.day_of_week IS 'ISO day of week: 1 Monday to 7 Sunday.';
COMMENT ON COLUMN read_model.kpi_working_hours.available_minutes IS 'Minutes of working hours on that weekday (0: day off).';
COMMENT ON COLUMN read_model.kpi_working_hours.version IS 'Sequence number of the template''s event.';

-- Minutes a practitioner works at a location on a local day: the template in force that day, or the
-- first template for days before any (so a history entered later still has its hours).
CREATE FUNCTION read_model.kpi_available_minutes(practitioner UUID, location UUID, on_day DATE)
RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT coalesce((
        SELECT w.available_minutes FROM read_model.kpi_working_hours w
        WHERE w.practitioner_id = practitioner AND w.location_id = location
          AND w.day_of_week = extract(isodow FROM on_day)::integer
        ORDER BY (w.effective_on <= on_day) DESC,
                 CASE WHEN w.effective_on <= on_day THEN w.effective_on END DESC,
                 w.effective_on, w.version DESC
        LIMIT 1), 0)
$$;
COMMENT ON FUNCTION read_model.kpi_available_minutes(UUID, UUID, DATE) IS
    'Minutes of working hours of a practitioner at a location on a local day, from read_model.kpi_working_hours.';

-- Utilization and attendance per practitioner, location and local day.
CREATE TABLE read_model.daily_utilization (
    organization_id    UUID    NOT NULL,
    practitioner_id    UUID    NOT NULL,
    location_id        UUID    NOT NULL,
    day                DATE    NOT NULL,
    available_minutes  INTEGER NOT NULL,
    booked_minutes     INTEGER NOT NULL,
    completed_minutes  INTEGER NOT NULL,
    appointments       INTEGER NOT NULL,
    completed          INTEGER NOT NULL,
    no_shows           INTEGER NOT NULL,
    cancellations      INTEGER NOT NULL,
    late_cancellations INTEGER NOT NULL,
    CONSTRAINT pk_daily_utilization PRIMARY KEY (practitioner_id, location_id, day)
);
CREATE INDEX idx_daily_utilization_organization_day ON read_model.daily_utilization (organization_id, day);
COMMENT ON TABLE read_model.daily_utilization IS 'Per practitioner, location and local day with at least one appointment: booked against available minutes and the outcomes (processing group kpi). Weeks and months are sums of days.';
COMMENT ON COLUMN read_model.daily_utilization.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.daily_utilization.practitioner_id IS 'The practitioner.';
COMMENT ON COLUMN read_model.daily_utilization.location_id IS 'The location.';
COMMENT ON COLUMN read_model.daily_utilization.day IS 'Local day at the location.';
COMMENT ON COLUMN read_model.daily_utilization.available_minutes IS 'Minutes of working hours that day (template in force that day; 0 without working hours).';
COMMENT ON COLUMN read_model.daily_utilization.booked_minutes IS 'Minutes held by appointments not cancelled (booked, confirmed, arrived, completed or no-show).';
COMMENT ON COLUMN read_model.daily_utilization.completed_minutes IS 'Minutes of completed appointments.';
COMMENT ON COLUMN read_model.daily_utilization.appointments IS 'Appointments that day, cancelled ones included.';
COMMENT ON COLUMN read_model.daily_utilization.completed IS 'Completed appointments (visits).';
COMMENT ON COLUMN read_model.daily_utilization.no_shows IS 'Appointments marked no-show.';
COMMENT ON COLUMN read_model.daily_utilization.cancellations IS 'Cancelled appointments, late ones included.';
COMMENT ON COLUMN read_model.daily_utilization.late_cancellations IS 'Appointments cancelled inside the late-cancellation window.';

-- The first visit of every patient: new patients per period.
CREATE TABLE read_model.patient_first_visit (
    patient_id      UUID NOT NULL,
    organization_id UUID NOT NULL,
    first_visit_on  DATE NOT NULL,
    practitioner_id UUID NOT NULL,
    location_id     UUID NOT NULL,
    CONSTRAINT pk_patient_first_visit PRIMARY KEY (patient_id)
);
CREATE INDEX idx_patient_first_visit_organization_day ON read_model.patient_first_visit (organization_id, first_visit_on);
COMMENT ON TABLE read_model.patient_first_visit IS 'Each patient''s first completed appointment: a patient is new in the period of that day (processing group kpi).';
COMMENT ON COLUMN read_model.patient_first_visit.patient_id IS 'The patient.';
COMMENT ON COLUMN read_model.patient_first_visit.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.patient_first_visit.first_visit_on IS 'Local day of the first completed appointment.';
COMMENT ON COLUMN read_model.patient_first_visit.practitioner_id IS 'Who saw the patient that first time.';
COMMENT ON COLUMN read_model.patient_first_visit.location_id IS 'Where.';

-- Bumped with every event the KPI projection applies: dashboards cache per generation.
CREATE TABLE read_model.kpi_generation (
    organization_id UUID   NOT NULL,
    generation      BIGINT NOT NULL,
    CONSTRAINT pk_kpi_generation PRIMARY KEY (organization_id)
);
COMMENT ON TABLE read_model.kpi_generation IS 'Count of events the KPI projection applied per organization; a cached dashboard is valid while it is unchanged.';
COMMENT ON COLUMN read_model.kpi_generation.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.kpi_generation.generation IS 'Events applied so far.';

-- Analysts: a group role that reads read_model and nothing else. Logins join it (see README).
-- Roles belong to the whole PostgreSQL server, so the role may already exist; an application
-- user without CREATEROLE leaves the role to the database administrator (the SQL is in README).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kine_analyst') THEN
        CREATE ROLE kine_analyst NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'kine_analyst not created: the migration user lacks CREATEROLE (see README, Analysts)';
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kine_analyst') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA read_model TO kine_analyst';
        EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA read_model TO kine_analyst';
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA read_model GRANT SELECT ON TABLES TO kine_analyst';
    END IF;
END
$$;
