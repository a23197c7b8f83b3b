package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a patient's portal login access to exactly one patient record of the same organization. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record LinkPatientAccount(@TargetAggregateIdentifier UserId userId, OrganizationId organizationId,
        PatientId patientId) implements OrganizationScoped {
}
