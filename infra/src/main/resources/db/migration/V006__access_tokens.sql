-- Personal access tokens for the API. Only a SHA-256 hash of each token is kept: the token itself
-- is shown once, at creation. Like passwords, they stay out of the event stream.
CREATE TABLE identity.access_token (
    token_id        UUID        NOT NULL,
    user_id         UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    name            TEXT        NOT NULL,
    token_hash      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at      TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    CONSTRAINT pk_access_token PRIMARY KEY (token_id),
    CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES identity.user_login (user_id),
    CONSTRAINT uq_access_token_hash UNIQUE (token_hash),
    CONSTRAINT chk_access_token_name CHECK (length(btrim(name)) BETWEEN 1 AND 100)
);
CREATE INDEX idx_access_token_user ON identity.access_token (user_id);
COMMENT ON TABLE identity.access_token IS 'Personal access tokens: a request with one acts as its owner, with the owner''s current roles.';
COMMENT ON COLUMN identity.access_token.token_hash IS 'Hex SHA-256 of the token; the token itself is never stored.';
COMMENT ON COLUMN identity.access_token.expires_at IS 'NULL: never expires (until revoked).';
COMMENT ON COLUMN identity.access_token.revoked_at IS 'When its owner revoked it; a revoked token is refused.';
COMMENT ON COLUMN identity.access_token.last_used_at IS 'Last request authenticated with it.';
