package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings an archived patient back into lists. Restoring an active patient records nothing. */
@RequiresPermission(Permission.PATIENT_WRITE)
public record RestorePatient(
        @TargetAggregateIdentifier PatientId patientId,
        OrganizationId organizationId) implements OrganizationScoped {
}
