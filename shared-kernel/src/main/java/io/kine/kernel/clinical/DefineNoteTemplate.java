package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a note template to the organization: a name and the text each SOAP section starts with. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record DefineNoteTemplate(
        @TargetAggregateIdentifier NoteTemplateId templateId,
        OrganizationId organizationId,
        String name,
        SoapNote sections) implements OrganizationScoped {
}
