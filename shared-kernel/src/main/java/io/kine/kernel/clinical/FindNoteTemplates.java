package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** The organization's note templates, by name. */
@RequiresPermission(Permission.CLINICAL_READ)
public record FindNoteTemplates(OrganizationId organizationId, boolean includeRetired) implements OrganizationScoped {
}
