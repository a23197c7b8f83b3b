package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Signs the note as its practitioner: from then on it is locked and only addenda may follow. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record SignVisitNote(
        @TargetAggregateIdentifier VisitId visitId,
        OrganizationId organizationId) implements OrganizationScoped {
}
