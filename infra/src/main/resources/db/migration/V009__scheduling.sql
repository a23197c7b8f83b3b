-- Scheduling: the command-side table that makes double booking impossible, and the calendar's read models.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA IF NOT EXISTS command_model;

-- Written by the Appointment aggregate's command handlers in the same transaction as its events.
-- The exclusion constraint is the guarantee under races; the application's pre-check only
-- makes the usual refusal name the other appointment.
CREATE TABLE command_model.booked_slot (
    appointment_id UUID      NOT NULL,
    resource_kind  TEXT      NOT NULL,
    resource_id    UUID      NOT NULL,
    during         TSTZRANGE NOT NULL,
    CONSTRAINT pk_booked_slot PRIMARY KEY (appointment_id, resource_kind, resource_id),
    CONSTRAINT chk_booked_slot_kind CHECK (resource_kind IN ('PRACTITIONER', 'ROOM', 'EQUIPMENT', 'PATIENT')),
    CONSTRAINT chk_booked_slot_not_empty CHECK (NOT isempty(during)),
    CONSTRAINT ex_booked_slot_no_overlap EXCLUDE USING gist (resource_kind WITH =, resource_id WITH =, during WITH &&)
);
COMMENT ON TABLE command_model.booked_slot IS 'Resources held by live appointments (command side only): no two rows of one resource may overlap.';
COMMENT ON COLUMN command_model.booked_slot.appointment_id IS 'The appointment holding the resource.';
COMMENT ON COLUMN command_model.booked_slot.resource_kind IS 'PRACTITIONER, ROOM, EQUIPMENT or PATIENT.';
COMMENT ON COLUMN command_model.booked_slot.resource_id IS 'The user, resource or patient id.';
COMMENT ON COLUMN command_model.booked_slot.during IS 'When it is held, start inclusive, end exclusive.';

CREATE TABLE read_model.appointment_type (
    appointment_type_id UUID        NOT NULL,
    organization_id     UUID        NOT NULL,
    name                TEXT        NOT NULL,
    duration_minutes    INTEGER     NOT NULL,
    colour              TEXT        NOT NULL,
    defined_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT pk_appointment_type PRIMARY KEY (appointment_type_id)
);
CREATE INDEX idx_appointment_type_organization ON read_model.appointment_type (organization_id, lower(name));
COMMENT ON TABLE read_model.appointment_type IS 'Kinds of appointment each organization offers.';
COMMENT ON COLUMN read_model.appointment_type.appointment_type_id IS 'Identifier of the type.';
COMMENT ON COLUMN read_model.appointment_type.organization_id IS 'The organization offering it.';
COMMENT ON COLUMN read_model.appointment_type.name IS 'Name shown in the calendar, e.g. "Bilan".';
COMMENT ON COLUMN read_model.appointment_type.duration_minutes IS 'Usual length in minutes, 5 to 480.';
COMMENT ON COLUMN read_model.appointment_type.colour IS 'Calendar colour as #RRGGBB.';
COMMENT ON COLUMN read_model.appointment_type.defined_at IS 'When the type was defined.';
COMMENT ON COLUMN read_model.appointment_type.updated_at IS 'When it last changed.';
COMMENT ON COLUMN read_model.appointment_type.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.appointment (
    appointment_id      UUID        NOT NULL,
    organization_id     UUID        NOT NULL,
    patient_id          UUID        NOT NULL,
    practitioner_id     UUID        NOT NULL,
    location_id         UUID        NOT NULL,
    room_id             UUID,
    equipment_id        UUID,
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ NOT NULL,
    status              TEXT        NOT NULL,
    appointment_type_id UUID,
    notes               TEXT,
    cancellation_reason TEXT,
    late_cancellation   BOOLEAN     NOT NULL DEFAULT FALSE,
    override_reason     TEXT,
    scheduled_at        TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT pk_appointment PRIMARY KEY (appointment_id),
    CONSTRAINT chk_appointment_status CHECK (status IN ('BOOKED', 'CONFIRMED', 'ARRIVED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'))
);
CREATE INDEX idx_appointment_organization_start ON read_model.appointment (organization_id, starts_at);
CREATE INDEX idx_appointment_practitioner_start ON read_model.appointment (practitioner_id, starts_at);
COMMENT ON TABLE read_model.appointment IS 'Calendar entries: one row per appointment, in every status.';
COMMENT ON COLUMN read_model.appointment.appointment_id IS 'Identifier of the appointment.';
COMMENT ON COLUMN read_model.appointment.organization_id IS 'The organization it belongs to.';
COMMENT ON COLUMN read_model.appointment.patient_id IS 'The patient (read_model.patient).';
COMMENT ON COLUMN read_model.appointment.practitioner_id IS 'The practitioner (read_model.staff_member.user_id).';
COMMENT ON COLUMN read_model.appointment.location_id IS 'The location (read_model.location); its time zone is the one the calendar shows.';
COMMENT ON COLUMN read_model.appointment.room_id IS 'The room (read_model.resource), if any.';
COMMENT ON COLUMN read_model.appointment.equipment_id IS 'The equipment (read_model.resource), if any.';
COMMENT ON COLUMN read_model.appointment.starts_at IS 'Start, in UTC.';
COMMENT ON COLUMN read_model.appointment.ends_at IS 'End (exclusive), in UTC.';
COMMENT ON COLUMN read_model.appointment.status IS 'BOOKED, CONFIRMED, ARRIVED, COMPLETED, CANCELLED or NO_SHOW.';
COMMENT ON COLUMN read_model.appointment.appointment_type_id IS 'The type (read_model.appointment_type), if any.';
COMMENT ON COLUMN read_model.appointment.notes IS 'Free-text notes for the front desk.';
COMMENT ON COLUMN read_model.appointment.cancellation_reason IS 'Why it was cancelled, when it was.';
COMMENT ON COLUMN read_model.appointment.late_cancellation IS 'True when cancelled inside the clinic''s late-cancellation window.';
COMMENT ON COLUMN read_model.appointment.override_reason IS 'Why it was booked outside working hours, when it was.';
COMMENT ON COLUMN read_model.appointment.scheduled_at IS 'When it was booked.';
COMMENT ON COLUMN read_model.appointment.updated_at IS 'When it last changed.';
COMMENT ON COLUMN read_model.appointment.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.working_hours (
    working_hours_id UUID        NOT NULL,
    organization_id  UUID        NOT NULL,
    practitioner_id  UUID        NOT NULL,
    location_id      UUID        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_working_hours PRIMARY KEY (working_hours_id),
    CONSTRAINT uq_working_hours_practitioner_location UNIQUE (practitioner_id, location_id)
);
COMMENT ON TABLE read_model.working_hours IS 'Practitioners who have weekly working hours at a location; the hours are in working_hours_range.';
COMMENT ON COLUMN read_model.working_hours.working_hours_id IS 'Identifier of the weekly template.';
COMMENT ON COLUMN read_model.working_hours.organization_id IS 'The organization.';
COMMENT ON COLUMN read_model.working_hours.practitioner_id IS 'The practitioner (read_model.staff_member.user_id).';
COMMENT ON COLUMN read_model.working_hours.location_id IS 'The location (read_model.location); times are local to its time zone.';
COMMENT ON COLUMN read_model.working_hours.updated_at IS 'When the template last changed.';
COMMENT ON COLUMN read_model.working_hours.version IS 'Sequence number of the last event applied.';

CREATE TABLE read_model.working_hours_range (
    working_hours_id UUID    NOT NULL,
    day_of_week      INTEGER NOT NULL,
    starts_at        TIME    NOT NULL,
    ends_at          TIME    NOT NULL,
    CONSTRAINT pk_working_hours_range PRIMARY KEY (working_hours_id, day_of_week, starts_at),
    CONSTRAINT fk_working_hours_range_hours FOREIGN KEY (working_hours_id)
        REFERENCES read_model.working_hours (working_hours_id) ON DELETE CASCADE,
    CONSTRAINT chk_working_hours_range_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT chk_working_hours_range_order CHECK (starts_at < ends_at)
);
COMMENT ON TABLE read_model.working_hours_range IS 'The worked stretches of each weekly template, in the location''s local time.';
COMMENT ON COLUMN read_model.working_hours_range.working_hours_id IS 'The template (read_model.working_hours).';
COMMENT ON COLUMN read_model.working_hours_range.day_of_week IS 'ISO day of week: 1 Monday to 7 Sunday.';
COMMENT ON COLUMN read_model.working_hours_range.starts_at IS 'Local start time, inclusive.';
COMMENT ON COLUMN read_model.working_hours_range.ends_at IS 'Local end time, exclusive.';
