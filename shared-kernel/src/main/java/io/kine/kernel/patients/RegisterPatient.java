package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

@RequiresPermission(Permission.PATIENT_WRITE)
public record RegisterPatient(
        @TargetAggregateIdentifier PatientId patientId,
        OrganizationId organizationId,
        PatientDetails details) implements OrganizationScoped {
}
