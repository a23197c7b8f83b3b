package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One note template. */
@RequiresPermission(Permission.CLINICAL_READ)
public record GetNoteTemplate(OrganizationId organizationId, NoteTemplateId templateId) implements OrganizationScoped {
}
