package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws an exception: the weekly hours apply again on its days. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record WithdrawWorkingHoursException(
        @TargetAggregateIdentifier WorkingHoursExceptionId exceptionId,
        OrganizationId organizationId) implements OrganizationScoped {
}
