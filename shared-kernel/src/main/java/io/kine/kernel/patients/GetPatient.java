package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** A patient of the organization; another organization's patient is answered as absent. */
@RequiresPermission(Permission.PATIENT_READ)
public record GetPatient(OrganizationId organizationId, PatientId patientId) implements OrganizationScoped {
}
