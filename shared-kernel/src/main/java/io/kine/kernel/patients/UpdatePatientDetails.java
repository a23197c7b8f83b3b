package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replaces the patient's details. Sending the same details again records nothing. With an
 * {@code expectedVersion} the change applies only if nobody changed the patient since that
 * version was read (optimistic locking for forms and API clients); null skips the check.
 */
@RequiresPermission(Permission.PATIENT_WRITE)
public record UpdatePatientDetails(
        @TargetAggregateIdentifier PatientId patientId,
        OrganizationId organizationId,
        PatientDetails details,
        @TargetAggregateVersion Long expectedVersion) implements OrganizationScoped {
}
