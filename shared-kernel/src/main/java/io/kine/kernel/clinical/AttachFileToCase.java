package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a file (PDF or image, type checked from its bytes, at most {@code maxBytes}) to a case. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record AttachFileToCase(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        AttachmentId attachmentId,
        String fileName,
        byte[] content,
        long maxBytes) implements OrganizationScoped {
}
