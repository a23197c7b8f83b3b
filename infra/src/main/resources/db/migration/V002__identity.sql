-- Logins. Credentials stay out of the event stream: a hash must be replaceable and erasable.
CREATE SCHEMA identity;

CREATE TABLE identity.user_login (
    user_id         UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    email           TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    password_hash   TEXT        NOT NULL,
    roles           TEXT[]      NOT NULL,
    enabled         BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_user_login PRIMARY KEY (user_id),
    CONSTRAINT uq_user_login_email UNIQUE (email),
    CONSTRAINT chk_user_login_roles CHECK (cardinality(roles) > 0)
);
COMMENT ON TABLE identity.user_login IS 'Who can log in, with a password hash. The account itself (roles granted, by whom) is in the events.';
