package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;

/**
 * Patients with the same name (ignoring accents and case) and date of birth, archived ones
 * included. {@code excluding} leaves out the patient being edited; it may be null.
 */
@RequiresPermission(Permission.PATIENT_READ)
public record FindPossibleDuplicatePatients(
        OrganizationId organizationId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        PatientId excluding) implements OrganizationScoped {
}
