package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hides a patient from lists; the record and its history stay. Archiving twice records nothing. */
@RequiresPermission(Permission.PATIENT_WRITE)
public record ArchivePatient(
        @TargetAggregateIdentifier PatientId patientId,
        OrganizationId organizationId) implements OrganizationScoped {
}
