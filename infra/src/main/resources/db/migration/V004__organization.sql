-- Organizations, their locations and the rooms and equipment of each location: one projection
-- (processing group "organization"), since all three come from the Organization aggregate.

CREATE TABLE read_model.organization (
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    legal_name      TEXT,
    siret           TEXT,
    rpps            TEXT,
    ice             TEXT,
    tax_id          TEXT,
    trade_register  TEXT,
    currency        TEXT        NOT NULL,
    default_locale  TEXT        NOT NULL,
    registered_at   TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_organization PRIMARY KEY (organization_id),
    CONSTRAINT chk_organization_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT chk_organization_default_locale CHECK (default_locale IN ('fr', 'ar', 'en'))
);

COMMENT ON TABLE read_model.organization IS 'One row per clinic organization, with the settings printed on its invoices.';
COMMENT ON COLUMN read_model.organization.organization_id IS 'The organization''s id, as in the events and in every other table''s organization_id.';
COMMENT ON COLUMN read_model.organization.name IS 'The name people know the clinic by.';
COMMENT ON COLUMN read_model.organization.legal_name IS 'Registered legal name (e.g. SELARL Cabinet des Lilas), or null.';
COMMENT ON COLUMN read_model.organization.siret IS 'French SIRET of the establishment, 14 digits, or null.';
COMMENT ON COLUMN read_model.organization.rpps IS 'French RPPS number of the practitioner in charge, 11 digits, or null.';
COMMENT ON COLUMN read_model.organization.ice IS 'Moroccan ICE (identifiant commun de l''entreprise), 15 digits, or null.';
COMMENT ON COLUMN read_model.organization.tax_id IS 'Moroccan identifiant fiscal (IF), or null.';
COMMENT ON COLUMN read_model.organization.trade_register IS 'Moroccan registre de commerce (RC) number and court, or null.';
COMMENT ON COLUMN read_model.organization.currency IS 'Default currency of invoices, ISO 4217 code (EUR, MAD).';
COMMENT ON COLUMN read_model.organization.default_locale IS 'Default language for staff and documents: fr, ar or en.';
COMMENT ON COLUMN read_model.organization.registered_at IS 'When the organization was registered (UTC).';
COMMENT ON COLUMN read_model.organization.updated_at IS 'When the organization, one of its locations or resources last changed (UTC).';
COMMENT ON COLUMN read_model.organization.version IS 'Sequence number of the organization''s last event applied, location and resource events included.';

CREATE TABLE read_model.location (
    location_id     UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    street          TEXT,
    postal_code     TEXT,
    city            TEXT,
    country         TEXT,
    phone           TEXT,
    time_zone       TEXT        NOT NULL,
    closed          BOOLEAN     NOT NULL DEFAULT FALSE,
    opened_at       TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_location PRIMARY KEY (location_id),
    CONSTRAINT fk_location_organization FOREIGN KEY (organization_id)
        REFERENCES read_model.organization (organization_id) ON DELETE CASCADE
);

COMMENT ON TABLE read_model.location IS 'One row per clinic location (site) of every organization, closed ones included (closed = true).';
COMMENT ON COLUMN read_model.location.location_id IS 'The location''s id, as in the events.';
COMMENT ON COLUMN read_model.location.organization_id IS 'The organization the location belongs to.';
COMMENT ON COLUMN read_model.location.name IS 'Name of the location (e.g. Paris 11e).';
COMMENT ON COLUMN read_model.location.street IS 'Street and number, or null.';
COMMENT ON COLUMN read_model.location.postal_code IS 'Postal code, or null.';
COMMENT ON COLUMN read_model.location.city IS 'City, or null.';
COMMENT ON COLUMN read_model.location.country IS 'Country, or null.';
COMMENT ON COLUMN read_model.location.phone IS 'Phone number in E.164 form (+33143551234), or null.';
COMMENT ON COLUMN read_model.location.time_zone IS 'IANA time zone its calendars render in (Europe/Paris, Africa/Casablanca).';
COMMENT ON COLUMN read_model.location.closed IS 'True once closed (archived): kept for history, takes no more changes.';
COMMENT ON COLUMN read_model.location.opened_at IS 'When the location was opened in Kine (UTC).';
COMMENT ON COLUMN read_model.location.updated_at IS 'When the location or one of its resources last changed (UTC).';

CREATE INDEX idx_location_organization ON read_model.location (organization_id, lower(name));

CREATE TABLE read_model.resource (
    resource_id     UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    location_id     UUID        NOT NULL,
    kind            TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT pk_resource PRIMARY KEY (resource_id),
    CONSTRAINT fk_resource_location FOREIGN KEY (location_id)
        REFERENCES read_model.location (location_id) ON DELETE CASCADE,
    CONSTRAINT chk_resource_kind CHECK (kind IN ('ROOM', 'EQUIPMENT'))
);

COMMENT ON TABLE read_model.resource IS 'One row per room or piece of equipment of a location; removed ones are deleted (their history stays in the events).';
COMMENT ON COLUMN read_model.resource.resource_id IS 'The resource''s id, as in the events.';
COMMENT ON COLUMN read_model.resource.organization_id IS 'The organization the resource belongs to.';
COMMENT ON COLUMN read_model.resource.location_id IS 'The location the resource is in.';
COMMENT ON COLUMN read_model.resource.kind IS 'ROOM or EQUIPMENT.';
COMMENT ON COLUMN read_model.resource.name IS 'Name, unique within its location regardless of case.';
COMMENT ON COLUMN read_model.resource.added_at IS 'When the resource was added (UTC).';
COMMENT ON COLUMN read_model.resource.updated_at IS 'When the resource was last renamed, or added (UTC).';

CREATE INDEX idx_resource_location ON read_model.resource (location_id, lower(name));
