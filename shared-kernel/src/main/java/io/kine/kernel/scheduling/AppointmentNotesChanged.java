package io.kine.kernel.scheduling;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import org.axonframework.serialization.Revision;

/**
 * The appointment's notes, as they now read. Revision 2 names the patient so the notes are
 * sealed with that patient's key and read "[erased]" once the patient is erased; revision 1
 * events, upcast, keep their clear notes and a null patient.
 */
@Revision("2")
public record AppointmentNotesChanged(
        AppointmentId appointmentId,
        OrganizationId organizationId,
        @DataSubject PatientId patientId,
        @PersonalData String notes) {
}
