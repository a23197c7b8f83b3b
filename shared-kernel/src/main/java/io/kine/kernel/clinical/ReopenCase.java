package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a closed case again (relapse, further sessions prescribed), saying why. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record ReopenCase(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        String reason) implements OrganizationScoped {
}
