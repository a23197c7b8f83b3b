package io.kine.kernel.patients;

import java.time.LocalDate;

/** One line of a patient list. */
public record PatientSummary(
        PatientId patientId,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String phone,
        String email,
        boolean archived) {
}
