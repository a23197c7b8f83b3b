package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a signed, dated and attributed addendum to a signed note. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record AddAddendum(
        @TargetAggregateIdentifier VisitId visitId,
        OrganizationId organizationId,
        String text) implements OrganizationScoped {
}
