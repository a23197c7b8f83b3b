package io.kine.kernel.clinical;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** A note template was added. */
@Revision("1")
public record NoteTemplateDefined(
        NoteTemplateId templateId,
        OrganizationId organizationId,
        String name,
        SoapNote sections) {
}
