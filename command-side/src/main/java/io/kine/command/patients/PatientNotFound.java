package io.kine.command.patients;

import io.kine.command.Rejection;
import io.kine.kernel.patients.PatientId;

/** No such patient in the caller's organization (another clinic's patient looks the same). */
public final class PatientNotFound extends Rejection {

    public PatientNotFound(PatientId patientId) {
        super(Kind.NOT_FOUND, "patient-not-found", "patient.notFound", "No patient " + patientId);
    }
}
