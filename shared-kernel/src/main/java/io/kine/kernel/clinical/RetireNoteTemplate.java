package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a template out of the choice offered in the editor; notes that used it are unchanged. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record RetireNoteTemplate(
        @TargetAggregateIdentifier NoteTemplateId templateId,
        OrganizationId organizationId) implements OrganizationScoped {
}
