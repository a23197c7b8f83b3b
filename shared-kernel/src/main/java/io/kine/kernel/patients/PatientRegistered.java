package io.kine.kernel.patients;

import io.kine.kernel.DataSubject;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record PatientRegistered(@DataSubject PatientId patientId, OrganizationId organizationId, PatientDetails details) {
}
