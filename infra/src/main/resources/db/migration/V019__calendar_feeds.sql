-- Practitioners' read-only iCalendar feeds. The feed URL carries a random secret; only its SHA-256
-- hash is kept, like personal access tokens. At most one live feed per practitioner: issuing a new
-- one revokes the previous one (rotation). Kept outside the event stream, like other credentials.
CREATE TABLE identity.calendar_feed (
    feed_id         UUID        NOT NULL,
    practitioner_id UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    token_hash      TEXT        NOT NULL,
    language        TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    created_by      UUID        NOT NULL,
    revoked_at      TIMESTAMPTZ,
    revoked_by      UUID,
    last_used_at    TIMESTAMPTZ,
    CONSTRAINT pk_calendar_feed PRIMARY KEY (feed_id),
    CONSTRAINT fk_calendar_feed_practitioner FOREIGN KEY (practitioner_id) REFERENCES identity.user_login (user_id),
    CONSTRAINT uq_calendar_feed_hash UNIQUE (token_hash),
    CONSTRAINT chk_calendar_feed_language CHECK (language IN ('fr', 'ar', 'en')),
    CONSTRAINT chk_calendar_feed_revocation CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX uq_calendar_feed_live ON identity.calendar_feed (practitioner_id) WHERE revoked_at IS NULL;
COMMENT ON TABLE identity.calendar_feed IS 'Secret iCalendar feed links of practitioners: whoever has the link reads that practitioner''s appointments (minimal personal data).';
COMMENT ON COLUMN identity.calendar_feed.feed_id IS 'Identifier of the link.';
COMMENT ON COLUMN identity.calendar_feed.practitioner_id IS 'Whose appointments the feed shows (identity.user_login.user_id).';
COMMENT ON COLUMN identity.calendar_feed.organization_id IS 'The practitioner''s organization.';
COMMENT ON COLUMN identity.calendar_feed.token_hash IS 'Hex SHA-256 of the secret in the link; the secret itself is never stored.';
COMMENT ON COLUMN identity.calendar_feed.language IS 'Language of the feed''s own words (calendar name, status): fr, ar or en.';
COMMENT ON COLUMN identity.calendar_feed.created_at IS 'When the link was issued.';
COMMENT ON COLUMN identity.calendar_feed.created_by IS 'Who issued it: the practitioner or a person managing staff.';
COMMENT ON COLUMN identity.calendar_feed.revoked_at IS 'When it was revoked or replaced; a revoked link answers 404.';
COMMENT ON COLUMN identity.calendar_feed.revoked_by IS 'Who revoked or replaced it.';
COMMENT ON COLUMN identity.calendar_feed.last_used_at IS 'Last time a calendar client read it.';
