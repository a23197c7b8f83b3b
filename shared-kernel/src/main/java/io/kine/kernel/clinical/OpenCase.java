package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens an episode of care for a patient, in the care of a practitioner. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record OpenCase(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        PatientId patientId,
        UserId practitionerId,
        CaseDetails details) implements OrganizationScoped {
}
