-- Rebuilds of the clinical projections (cases, visits and their notes) fill copies of their
-- clinical.* tables in this schema, as read_model_rebuild holds the copies of read_model tables.
-- It holds the words of the record: unlike read_model_rebuild it gives analysts nothing, and the
-- swap grants a rebuilt table exactly what its live table had (nothing beyond the application).
CREATE SCHEMA IF NOT EXISTS clinical_rebuild;
COMMENT ON SCHEMA clinical_rebuild IS 'Copies of clinical tables while their projection is rebuilt; swapped into clinical when complete. Empty otherwise.';
