package io.kine.infra.clinical;

import io.kine.command.clinical.AttachmentStore;
import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.organization.OrganizationId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes in {@code clinical.attachment_content}. Called by the command handler inside
 * Axon's transaction (the Spring one over the same data source), so the row and the event
 * commit or roll back together.
 */
@Component
class JdbcAttachmentStore implements AttachmentStore {

    private final JdbcClient jdbc;

    JdbcAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(AttachmentId attachment, OrganizationId organization, String contentType, byte[] content) {
        jdbc.sql("""
                INSERT INTO clinical.attachment_content (attachment_id, organization_id, content_type, size_bytes, content)
                VALUES (:id, :org, :type, :size, :content)
                """)
                .param("id", attachment.value())
                .param("org", organization.value())
                .param("type", contentType)
                .param("size", content.length)
                .param("content", content)
                .update();
    }

    @Override
    public Optional<byte[]> get(AttachmentId attachment, OrganizationId organization) {
        return jdbc.sql("SELECT content FROM clinical.attachment_content WHERE attachment_id = :id AND organization_id = :org")
                .param("id", attachment.value())
                .param("org", organization.value())
                .query(byte[].class)
                .optional();
    }
}
