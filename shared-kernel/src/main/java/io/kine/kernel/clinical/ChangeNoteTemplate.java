package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a template or changes its sections; notes already written keep their text. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record ChangeNoteTemplate(
        @TargetAggregateIdentifier NoteTemplateId templateId,
        OrganizationId organizationId,
        String name,
        SoapNote sections) implements OrganizationScoped {
}
