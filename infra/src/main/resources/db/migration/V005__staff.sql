-- Staff: pending invitations and password resets (credentials, outside the event stream), and
-- the staff list analysts and managers read.

-- One row per invited account. Only a SHA-256 hash of the link's token is kept: whoever reads
-- this table cannot log in as the invitee. Resending replaces the hash, so the old link dies.
CREATE TABLE identity.invitation (
    user_id         UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    email           TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    token_hash      TEXT        NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ,
    CONSTRAINT pk_invitation PRIMARY KEY (user_id),
    CONSTRAINT uq_invitation_token_hash UNIQUE (token_hash)
);
-- Two pending invitations to one address would race to the same login.
CREATE UNIQUE INDEX uq_invitation_pending_email ON identity.invitation (email) WHERE used_at IS NULL;
COMMENT ON TABLE identity.invitation IS 'Invitation links: the hash of the token, its expiry (7 days) and when it was used. The invitation itself is an event.';

-- Password reset links: single use, valid one hour, stored hashed.
CREATE TABLE identity.password_reset (
    token_hash TEXT        NOT NULL,
    user_id    UUID        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    CONSTRAINT pk_password_reset PRIMARY KEY (token_hash),
    CONSTRAINT fk_password_reset_user_login FOREIGN KEY (user_id) REFERENCES identity.user_login (user_id) ON DELETE CASCADE
);
CREATE INDEX idx_password_reset_user ON identity.password_reset (user_id);
COMMENT ON TABLE identity.password_reset IS 'Password reset links: the hash of the token, its expiry (1 hour) and when it was used. The change itself is a PasswordChanged event.';

CREATE TABLE read_model.staff_member (
    user_id          UUID        NOT NULL,
    organization_id  UUID        NOT NULL,
    email            TEXT        NOT NULL,
    display_name     TEXT        NOT NULL,
    roles            TEXT[]      NOT NULL,
    active           BOOLEAN     NOT NULL,
    accepted         BOOLEAN     NOT NULL,
    specialties      TEXT[]      NOT NULL DEFAULT '{}',
    license_number   TEXT,
    substitute_for   UUID,
    substitute_from  DATE,
    substitute_to    DATE,
    patient_id       UUID,
    invited_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_staff_member PRIMARY KEY (user_id),
    CONSTRAINT chk_staff_member_substitute_period CHECK (substitute_to IS NULL OR substitute_to >= substitute_from)
);
CREATE INDEX idx_staff_member_organization ON read_model.staff_member (organization_id, lower(display_name), user_id);

COMMENT ON TABLE read_model.staff_member IS 'One row per account of every organization (staff and patient portal logins), pending invitations included.';
COMMENT ON COLUMN read_model.staff_member.user_id IS 'The account''s id, as in the events.';
COMMENT ON COLUMN read_model.staff_member.organization_id IS 'The clinic organization the account belongs to.';
COMMENT ON COLUMN read_model.staff_member.email IS 'Login e-mail address, lower case.';
COMMENT ON COLUMN read_model.staff_member.display_name IS 'Name shown in the application.';
COMMENT ON COLUMN read_model.staff_member.roles IS 'Roles held now: OWNER, ADMIN, MANAGER, PRACTITIONER, ASSISTANT, PATIENT, AUDITOR. Grants and revocations are RoleGranted and RoleRevoked events.';
COMMENT ON COLUMN read_model.staff_member.active IS 'False while deactivated: the person cannot log in.';
COMMENT ON COLUMN read_model.staff_member.accepted IS 'False while the invitation is pending (no password chosen yet).';
COMMENT ON COLUMN read_model.staff_member.specialties IS 'Practitioner specialties, as typed; empty for others.';
COMMENT ON COLUMN read_model.staff_member.license_number IS 'Practitioner''s professional license number, or null.';
COMMENT ON COLUMN read_model.staff_member.substitute_for IS 'The practitioner this one stands in for during the latest substitution flagged, or null.';
COMMENT ON COLUMN read_model.staff_member.substitute_from IS 'First day of that substitution, or null.';
COMMENT ON COLUMN read_model.staff_member.substitute_to IS 'Last day of that substitution (included), or null.';
COMMENT ON COLUMN read_model.staff_member.patient_id IS 'For a patient portal login: the one patient record it opens; null otherwise.';
COMMENT ON COLUMN read_model.staff_member.invited_at IS 'When the account was invited or created (UTC).';
COMMENT ON COLUMN read_model.staff_member.updated_at IS 'When the account last changed (UTC).';
COMMENT ON COLUMN read_model.staff_member.version IS 'Sequence number of the last event applied to this row.';
