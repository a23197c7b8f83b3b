package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;

/** The patient's cases, open ones first, newest first. */
@RequiresPermission(Permission.CLINICAL_READ)
public record FindPatientCases(OrganizationId organizationId, PatientId patientId) implements OrganizationScoped {
}
