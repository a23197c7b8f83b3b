package io.kine.kernel.patients;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a patient's personal data (GDPR right to erasure) by destroying their key. While the
 * legal retention period runs it is refused, unless an owner gives {@code reason}.
 */
@RequiresPermission(Permission.PATIENT_ERASE)
public record ErasePatient(
        @TargetAggregateIdentifier PatientId patientId,
        OrganizationId organizationId,
        String reason) implements OrganizationScoped {
}
