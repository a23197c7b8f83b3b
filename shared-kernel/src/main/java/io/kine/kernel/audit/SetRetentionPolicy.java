package io.kine.kernel.audit;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** How long the organization keeps patient records before they may be erased. */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record SetRetentionPolicy(
        OrganizationId organizationId,
        int yearsAfterLastActivity,
        int minorsUntilAge) implements OrganizationScoped {

    /** The policy's own aggregate id: derived from the organization, distinct from the organization's. */
    @TargetAggregateIdentifier
    public String policyId() {
        return RetentionPolicySet.policyIdOf(organizationId);
    }
}
