package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;

/** The patient's visit timeline without clinical content: who, when, which status.
 * The front desk sees that a visit happened, not what was written. */
@RequiresPermission(Permission.PATIENT_READ)
public record FindPatientVisits(OrganizationId organizationId, PatientId patientId) implements OrganizationScoped {
}
