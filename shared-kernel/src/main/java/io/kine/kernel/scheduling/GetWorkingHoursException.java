package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One exception, withdrawn ones included; another organization's is answered as absent. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetWorkingHoursException(OrganizationId organizationId, WorkingHoursExceptionId exceptionId)
        implements OrganizationScoped {
}
