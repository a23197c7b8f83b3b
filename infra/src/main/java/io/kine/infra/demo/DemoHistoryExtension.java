package io.kine.infra.demo;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.Instant;
import java.util.Random;

/**
 * Where other features add to a generated history: a bean implementing this is called after
 * every appointment the generator completes, on the generator's thread, and sends its own
 * commands (a visit with its notes, an invoice and its payment...). The random source is the
 * practitioner's, so the same seed gives the same history.
 */
public interface DemoHistoryExtension {

    void appointmentCompleted(CompletedAppointment appointment, Random random);

    record CompletedAppointment(OrganizationId organizationId, AppointmentId appointmentId, PatientId patientId,
            UserId practitionerId, LocationId locationId, Instant start, Instant end) {
    }
}
