package io.kine.kernel.clinical;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** A note template is no longer offered. */
@Revision("1")
public record NoteTemplateRetired(
        NoteTemplateId templateId,
        OrganizationId organizationId) {
}
