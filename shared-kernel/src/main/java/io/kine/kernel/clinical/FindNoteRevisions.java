package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** Every saved revision of a visit's note, oldest first, each exactly as written. */
@RequiresPermission(Permission.CLINICAL_READ)
public record FindNoteRevisions(OrganizationId organizationId, VisitId visitId) implements OrganizationScoped {
}
