package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends the episode of care with its outcome; a closed case takes no new visit until reopened. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record CloseCase(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        String outcome) implements OrganizationScoped {
}
