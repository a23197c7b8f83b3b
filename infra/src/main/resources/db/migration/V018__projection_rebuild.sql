-- Projection rebuilds write into copies of a projection's tables in this schema and swap them into
-- read_model once they have caught up, so nobody ever reads a half-built table. Nobody but the
-- application uses it; analysts have no USAGE on it.
CREATE SCHEMA IF NOT EXISTS read_model_rebuild;
COMMENT ON SCHEMA read_model_rebuild IS 'Tables of projections being rebuilt; swapped into read_model when complete. Empty otherwise.';

-- A rebuilt table keeps analysts' access once it moves into read_model.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kine_analyst') THEN
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA read_model_rebuild GRANT SELECT ON TABLES TO kine_analyst';
    END IF;
END
$$;
