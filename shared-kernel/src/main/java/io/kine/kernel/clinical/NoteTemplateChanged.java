package io.kine.kernel.clinical;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** A note template's name and sections from now on. */
@Revision("1")
public record NoteTemplateChanged(
        NoteTemplateId templateId,
        OrganizationId organizationId,
        String name,
        SoapNote sections) {
}
