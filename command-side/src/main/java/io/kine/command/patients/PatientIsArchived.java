package io.kine.command.patients;

import io.kine.command.Rejection;
import io.kine.kernel.patients.PatientId;

/** Archived records are read-only until restored, so nobody edits a chart they cannot see in lists. */
public final class PatientIsArchived extends Rejection {

    public PatientIsArchived(PatientId patientId) {
        super(Kind.CONFLICT, "patient-archived", "patient.archived.readOnly", "Patient " + patientId + " is archived");
    }
}
