package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes occurrences of a series in {@code scope} from {@code occurrence}: each moves to
 * {@code startTime} (wall-clock, on its own day) for {@code length}, goes to the practitioner,
 * room and equipment given, and takes the notes. {@code upcoming} lists the occurrences still to
 * come; the answer is those in scope, which the caller changes in the same transaction.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record ChangeAppointmentSeries(
        @TargetAggregateIdentifier SeriesId seriesId,
        OrganizationId organizationId,
        SeriesScope scope,
        AppointmentId occurrence,
        List<AppointmentId> upcoming,
        LocalTime startTime,
        Duration length,
        UserId practitionerId,
        ResourceId roomId,
        ResourceId equipmentId,
        String notes) implements OrganizationScoped {
}
