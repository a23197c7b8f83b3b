package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One attachment's metadata (its bytes are read from the attachment store). */
@RequiresPermission(Permission.CLINICAL_READ)
public record GetAttachment(OrganizationId organizationId, AttachmentId attachmentId) implements OrganizationScoped {
}
