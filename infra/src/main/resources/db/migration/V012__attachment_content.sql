-- The bytes of attachments, outside the event store (its AttachmentAdded events hold the name,
-- size, type and sha256). Written by the command handler in the same transaction as the event.
-- Behind the AttachmentStore interface: an S3-compatible bucket can replace this table.
CREATE TABLE clinical.attachment_content (
    attachment_id   UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    content_type    TEXT        NOT NULL,
    size_bytes      BIGINT      NOT NULL,
    content         BYTEA       NOT NULL,
    stored_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT chk_attachment_content_size CHECK (size_bytes = octet_length(content))
);
-- Bytes are written once: the sha256 in the event must keep matching them.
CREATE FUNCTION clinical.reject_attachment_content_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'clinical.attachment_content is write-once: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER trg_attachment_content_write_once BEFORE UPDATE ON clinical.attachment_content
    FOR EACH ROW EXECUTE FUNCTION clinical.reject_attachment_content_update();
ALTER TABLE clinical.attachment_content ALTER COLUMN content SET STORAGE EXTERNAL;

COMMENT ON TABLE clinical.attachment_content IS 'Bytes of each attachment, write-once; served only after a permission check.';
COMMENT ON COLUMN clinical.attachment_content.content IS 'The file as uploaded (not compressed again: PDFs and images already are).';
