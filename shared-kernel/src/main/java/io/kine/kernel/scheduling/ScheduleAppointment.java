package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Books a patient with a practitioner at a location; {@code overrideReason} is set when the web
 * layer let a permitted person book outside working hours; {@code seriesId} when the appointment
 * is an occurrence of a series booked in the same transaction.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record ScheduleAppointment(
        @TargetAggregateIdentifier AppointmentId appointmentId,
        OrganizationId organizationId,
        PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId,
        Instant start,
        Instant end,
        AppointmentTypeId appointmentTypeId,
        String notes,
        String overrideReason,
        SeriesId seriesId) implements OrganizationScoped {

    /** A booking on its own, in no series. */
    public ScheduleAppointment(AppointmentId appointmentId, OrganizationId organizationId, PatientId patientId,
            UserId practitionerId, LocationId locationId, ResourceId roomId, ResourceId equipmentId, Instant start,
            Instant end, AppointmentTypeId appointmentTypeId, String notes, String overrideReason) {
        this(appointmentId, organizationId, patientId, practitionerId, locationId, roomId, equipmentId, start, end,
                appointmentTypeId, notes, overrideReason, null);
    }
}
