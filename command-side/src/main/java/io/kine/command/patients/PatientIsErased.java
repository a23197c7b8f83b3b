package io.kine.command.patients;

import io.kine.command.Rejection;
import io.kine.kernel.patients.PatientId;

/** An erased patient's record is closed for good: nothing can be written about them any more. */
public final class PatientIsErased extends Rejection {

    public PatientIsErased(PatientId patientId) {
        super(Kind.CONFLICT, "patient-erased", "erasure.patientErased", "Patient " + patientId + " was erased");
    }
}
