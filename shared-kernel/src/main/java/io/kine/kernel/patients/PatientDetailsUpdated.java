package io.kine.kernel.patients;

import io.kine.kernel.DataSubject;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** The patient's details from now on (the whole record, not a map of changes). */
@Revision("1")
public record PatientDetailsUpdated(@DataSubject PatientId patientId, OrganizationId organizationId, PatientDetails details) {
}
