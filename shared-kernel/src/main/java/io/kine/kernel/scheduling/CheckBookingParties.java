package io.kine.kernel.scheduling;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;

/**
 * Whether the patient, practitioner, location, room and equipment of a booking all belong to
 * the organization (and the room and equipment to the location), before a booking is sent.
 */
@RequiresPermission(Permission.APPOINTMENT_MANAGE)
public record CheckBookingParties(
        OrganizationId organizationId,
        PatientId patientId,
        UserId practitionerId,
        LocationId locationId,
        ResourceId roomId,
        ResourceId equipmentId) implements OrganizationScoped {
}
