package io.kine.kernel.clinical;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a visit under an open case, optionally for an appointment; its note starts as an empty draft. */
@RequiresPermission(Permission.CLINICAL_WRITE)
public record StartVisit(
        @TargetAggregateIdentifier CaseId caseId,
        OrganizationId organizationId,
        VisitId visitId,
        UserId practitionerId,
        LocalDate visitedOn,
        AppointmentId appointmentId) implements OrganizationScoped {
}
