package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels occurrences of a series: {@code occurrence} alone, it and those after it, or every
 * one. {@code upcoming} lists the occurrences the caller found still to come (booked or
 * confirmed, not started); the answer is those of them in scope, which the caller cancels in
 * the same transaction. {@code occurrence} may be null for {@link SeriesScope#ALL}.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record CancelAppointmentSeries(
        @TargetAggregateIdentifier SeriesId seriesId,
        OrganizationId organizationId,
        SeriesScope scope,
        AppointmentId occurrence,
        List<AppointmentId> upcoming,
        String reason) implements OrganizationScoped {
}
