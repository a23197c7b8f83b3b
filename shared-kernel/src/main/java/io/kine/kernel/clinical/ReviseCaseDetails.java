package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the case's reason, diagnosis, referring doctor and goals; the same details again record nothing. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record ReviseCaseDetails(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        CaseDetails details) implements OrganizationScoped {
}
