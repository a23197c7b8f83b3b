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
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Books a series: the rule is expanded from {@code firstStart} (wall-clock time at the location,
 * in {@code timeZone}), each occurrence lasting {@code length}. Every occurrence is checked
 * against the calendar; with {@link SeriesBookingMode#ALL_OR_NOTHING} one taken occurrence
 * refuses the whole series, with {@link SeriesBookingMode#FREE_ONLY} the taken ones are skipped.
 * The answer lists the occurrences to book, which the caller schedules in the same transaction.
 * {@code overrideReason} is set when the web layer let a permitted person book occurrences
 * outside working hours; those occurrences carry it too.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record BookAppointmentSeries(
        @TargetAggregateIdentifier SeriesId seriesId,
        OrganizationId organizationId,
        PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId,
        AppointmentTypeId appointmentTypeId,
        String notes,
        RecurrenceRule rule,
        LocalDateTime firstStart,
        Duration length,
        ZoneId timeZone,
        SeriesBookingMode mode,
        String overrideReason) implements OrganizationScoped {
}
