package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands the case to another practitioner (holiday, substitution, referral inside the clinic). */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record ReassignCase(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        UserId practitionerId) implements OrganizationScoped {
}
