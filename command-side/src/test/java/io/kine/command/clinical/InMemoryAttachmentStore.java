package io.kine.command.clinical;

import io.kine.kernel.clinical.AttachmentId;
import io.kine.kernel.organization.OrganizationId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The attachment store for fixture tests: bytes by attachment, within their organization. */
final class InMemoryAttachmentStore implements AttachmentStore {

    private final Map<AttachmentId, byte[]> contents = new HashMap<>();
    private final Map<AttachmentId, OrganizationId> owners = new HashMap<>();

    @Override
    public void put(AttachmentId attachment, OrganizationId organization, String contentType, byte[] content) {
        contents.put(attachment, content.clone());
        owners.put(attachment, organization);
    }

    @Override
    public Optional<byte[]> get(AttachmentId attachment, OrganizationId organization) {
        return organization.equals(owners.get(attachment)) ? Optional.of(contents.get(attachment)) : Optional.empty();
    }

    int size() {
        return contents.size();
    }
}
