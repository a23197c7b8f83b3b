package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;

/** One series with its occurrences; another organization's is answered as absent. */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record GetAppointmentSeries(OrganizationId organizationId, SeriesId seriesId) implements OrganizationScoped {
}
