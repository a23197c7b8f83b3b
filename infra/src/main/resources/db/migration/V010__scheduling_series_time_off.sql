-- Scheduling, second part: appointment series, exceptions to working hours (time off, holidays,
-- changed hours) and the per-patient view of appointments.

ALTER TABLE read_model.appointment ADD COLUMN series_id UUID;
CREATE INDEX idx_appointment_series ON read_model.appointment (series_id) WHERE series_id IS NOT NULL;
CREATE INDEX idx_appointment_patient_start ON read_model.appointment (patient_id, starts_at);
COMMENT ON COLUMN read_model.appointment.series_id IS 'The series (read_model.appointment_series) this appointment is an occurrence of; null when booked on its own.';

CREATE TABLE read_model.appointment_series (
    series_id           UUID        NOT NULL,
    organization_id     UUID        NOT NULL,
    patient_id          UUID        NOT NULL,
    practitioner_id     UUID        NOT NULL,
    location_id         UUID        NOT NULL,
    room_id             UUID,
    equipment_id        UUID,
    appointment_type_id UUID,
    rule                TEXT        NOT NULL,
    first_start         TIMESTAMP   NOT NULL,
    duration_minutes    INTEGER     NOT NULL,
    time_zone           TEXT        NOT NULL,
    booking_mode        TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    occurrence_count    INTEGER     NOT NULL,
    skipped_count       INTEGER     NOT NULL,
    override_reason     TEXT,
    cancellation_reason TEXT,
    booked_at           TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT pk_appointment_series PRIMARY KEY (series_id),
    CONSTRAINT chk_appointment_series_mode CHECK (booking_mode IN ('ALL_OR_NOTHING', 'FREE_ONLY')),
    CONSTRAINT chk_appointment_series_status CHECK (status IN ('ACTIVE', 'ENDED', 'CANCELLED'))
);
CREATE INDEX idx_appointment_series_organization ON read_model.appointment_series (organization_id, booked_at);
COMMENT ON TABLE read_model.appointment_series IS 'Series of appointments booked from a weekly recurrence rule; the occurrences are rows of read_model.appointment with this series_id.';
COMMENT ON COLUMN read_model.appointment_series.series_id IS 'Identifier of the series.';
COMMENT ON COLUMN read_model.appointment_series.organization_id IS 'The organization it belongs to.';
COMMENT ON COLUMN read_model.appointment_series.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.appointment_series.practitioner_id IS 'The practitioner of the occurrences to come (read_model.staff_member.user_id).';
COMMENT ON COLUMN read_model.appointment_series.location_id IS 'The location (read_model.location), whose time zone the rule is expanded in.';
COMMENT ON COLUMN read_model.appointment_series.room_id IS 'The room of the occurrences to come, if any.';
COMMENT ON COLUMN read_model.appointment_series.equipment_id IS 'The equipment of the occurrences to come, if any.';
COMMENT ON COLUMN read_model.appointment_series.appointment_type_id IS 'The type (read_model.appointment_type), if any.';
COMMENT ON COLUMN read_model.appointment_series.rule IS 'RFC 5545 RRULE text, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10.';
COMMENT ON COLUMN read_model.appointment_series.first_start IS 'Wall-clock start of the first occurrence in the location''s time zone (no offset): later occurrences keep its time of day.';
COMMENT ON COLUMN read_model.appointment_series.duration_minutes IS 'Length of each occurrence as booked, in minutes.';
COMMENT ON COLUMN read_model.appointment_series.time_zone IS 'IANA time zone the rule was expanded in.';
COMMENT ON COLUMN read_model.appointment_series.booking_mode IS 'ALL_OR_NOTHING or FREE_ONLY (taken occurrences skipped).';
COMMENT ON COLUMN read_model.appointment_series.status IS 'ACTIVE; ENDED after "this and following" was cancelled; CANCELLED after the whole series was.';
COMMENT ON COLUMN read_model.appointment_series.occurrence_count IS 'Occurrences booked as appointments.';
COMMENT ON COLUMN read_model.appointment_series.skipped_count IS 'Occurrences left unbooked because they were taken (read_model.appointment_series_skipped).';
COMMENT ON COLUMN read_model.appointment_series.override_reason IS 'Why occurrences outside working hours were allowed, when some were.';
COMMENT ON COLUMN read_model.appointment_series.cancellation_reason IS 'Reason of the last cancellation of occurrences of the series.';
COMMENT ON COLUMN read_model.appointment_series.booked_at IS 'When the series was booked.';
COMMENT ON COLUMN read_model.appointment_series.updated_at IS 'When it last changed.';
COMMENT ON COLUMN read_model.appointment_series.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.appointment_series_skipped (
    series_id                  UUID        NOT NULL,
    starts_at                  TIMESTAMPTZ NOT NULL,
    ends_at                    TIMESTAMPTZ NOT NULL,
    conflicting_appointment_id UUID        NOT NULL,
    resource_kind              TEXT        NOT NULL,
    resource_id                UUID        NOT NULL,
    CONSTRAINT pk_appointment_series_skipped PRIMARY KEY (series_id, starts_at),
    CONSTRAINT fk_appointment_series_skipped_series FOREIGN KEY (series_id)
        REFERENCES read_model.appointment_series (series_id) ON DELETE CASCADE
);
COMMENT ON TABLE read_model.appointment_series_skipped IS 'Occurrences of a series not booked because another appointment held one of their resources.';
COMMENT ON COLUMN read_model.appointment_series_skipped.series_id IS 'The series (read_model.appointment_series).';
COMMENT ON COLUMN read_model.appointment_series_skipped.starts_at IS 'Start of the skipped occurrence, in UTC.';
COMMENT ON COLUMN read_model.appointment_series_skipped.ends_at IS 'End of the skipped occurrence, in UTC.';
COMMENT ON COLUMN read_model.appointment_series_skipped.conflicting_appointment_id IS 'The appointment that held the resource (read_model.appointment).';
COMMENT ON COLUMN read_model.appointment_series_skipped.resource_kind IS 'PRACTITIONER, ROOM, EQUIPMENT or PATIENT.';
COMMENT ON COLUMN read_model.appointment_series_skipped.resource_id IS 'The user, resource or patient id that was taken.';

CREATE TABLE read_model.working_hours_exception (
    exception_id    UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    practitioner_id UUID        NOT NULL,
    location_id     UUID,
    kind            TEXT        NOT NULL,
    first_day       DATE        NOT NULL,
    last_day        DATE        NOT NULL,
    reason          TEXT,
    withdrawn       BOOLEAN     NOT NULL DEFAULT FALSE,
    recorded_at     TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_working_hours_exception PRIMARY KEY (exception_id),
    CONSTRAINT chk_working_hours_exception_kind CHECK (kind IN ('TIME_OFF', 'HOLIDAY', 'CHANGED_HOURS')),
    CONSTRAINT chk_working_hours_exception_days CHECK (first_day <= last_day)
);
CREATE INDEX idx_working_hours_exception_practitioner ON read_model.working_hours_exception (practitioner_id, first_day);
CREATE INDEX idx_working_hours_exception_organization ON read_model.working_hours_exception (organization_id, first_day);
COMMENT ON TABLE read_model.working_hours_exception IS 'Exceptions to practitioners'' weekly hours: time off, holidays and changed hours, withdrawn ones kept.';
COMMENT ON COLUMN read_model.working_hours_exception.exception_id IS 'Identifier of the exception.';
COMMENT ON COLUMN read_model.working_hours_exception.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.working_hours_exception.practitioner_id IS 'The practitioner (read_model.staff_member.user_id).';
COMMENT ON COLUMN read_model.working_hours_exception.location_id IS 'The location (read_model.location) it applies at; null: every location.';
COMMENT ON COLUMN read_model.working_hours_exception.kind IS 'TIME_OFF (whole days, or the hours in working_hours_exception_range), HOLIDAY (whole days) or CHANGED_HOURS (the ranges replace the weekly hours).';
COMMENT ON COLUMN read_model.working_hours_exception.first_day IS 'First local day it applies on.';
COMMENT ON COLUMN read_model.working_hours_exception.last_day IS 'Last local day it applies on (included).';
COMMENT ON COLUMN read_model.working_hours_exception.reason IS 'Why, as written by staff (e.g. "Congés", "Formation").';
COMMENT ON COLUMN read_model.working_hours_exception.withdrawn IS 'True once withdrawn: it no longer applies.';
COMMENT ON COLUMN read_model.working_hours_exception.recorded_at IS 'When it was recorded.';
COMMENT ON COLUMN read_model.working_hours_exception.updated_at IS 'When it last changed.';
COMMENT ON COLUMN read_model.working_hours_exception.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.working_hours_exception_range (
    exception_id UUID NOT NULL,
    starts_at    TIME NOT NULL,
    ends_at      TIME NOT NULL,
    CONSTRAINT pk_working_hours_exception_range PRIMARY KEY (exception_id, starts_at),
    CONSTRAINT fk_working_hours_exception_range_exception FOREIGN KEY (exception_id)
        REFERENCES read_model.working_hours_exception (exception_id) ON DELETE CASCADE,
    CONSTRAINT chk_working_hours_exception_range_order CHECK (starts_at < ends_at)
);
COMMENT ON TABLE read_model.working_hours_exception_range IS 'The hours of an exception on each of its days, in the location''s local time: time off taken, or changed hours worked.';
COMMENT ON COLUMN read_model.working_hours_exception_range.exception_id IS 'The exception (read_model.working_hours_exception).';
COMMENT ON COLUMN read_model.working_hours_exception_range.starts_at IS 'Local start time, inclusive.';
COMMENT ON COLUMN read_model.working_hours_exception_range.ends_at IS 'Local end time, exclusive.';
