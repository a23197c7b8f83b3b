package io.kine.command.clinical;

import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.organization.OrganizationId;
import java.util.Optional;

/**
 * Where attachment bytes live, outside the event store (which keeps their name, size, type
 * and sha256). The command handlers write through it in the same transaction as the
 * {@code AttachmentAdded} event, so there is never an event without its bytes nor bytes
 * without their event. Implemented by a database table today; an S3-compatible bucket would
 * be another implementation of these two methods.
 */
public interface AttachmentStore {

    void put(AttachmentId attachment, OrganizationId organization, String contentType, byte[] content);

    /** The bytes, only within their own organization. The caller checks permissions first. */
    Optional<byte[]> get(AttachmentId attachment, OrganizationId organization);
}
