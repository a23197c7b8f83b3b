package io.kine.kernel.scheduling;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** An appointment was booked; {@code overrideReason} says why it was allowed outside working hours (null when inside). */
@Revision("1")
public record AppointmentScheduled(
        AppointmentId appointmentId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId,
        Instant start,
        Instant end,
        AppointmentTypeId appointmentTypeId,
        @PersonalData String notes,
        String overrideReason) {
}
