package io.kine.infra.patients;

import io.kine.kernel.patients.Insurance;
import io.kine.kernel.patients.PatientDetails;
import io.kine.kernel.patients.PostalAddress;
import io.kine.kernel.patients.Sex;
import java.time.LocalDate;

/** Object mother for patient details. */
final class Patients {

    private Patients() {
    }

    static PatientDetails aPatient() {
        return named("Amina", "Benali");
    }

    static PatientDetails named(String firstName, String lastName) {
        return new PatientDetails(firstName, lastName, LocalDate.of(1985, 3, 14), Sex.FEMALE, "+33612345678",
                "amina.benali@example.org", new PostalAddress("3 rue des Lilas", "75011", "Paris", "France"),
                new Insurance("MGEN", "123456"));
    }

    static PatientDetails withContact(String firstName, String lastName, String phone, String email) {
        return new PatientDetails(firstName, lastName, LocalDate.of(1979, 11, 2), Sex.MALE, phone, email,
                PostalAddress.NONE, Insurance.NONE);
    }

    static PatientDetails bornOn(String firstName, String lastName, LocalDate dateOfBirth) {
        return new PatientDetails(firstName, lastName, dateOfBirth, Sex.OTHER, null, null, PostalAddress.NONE,
                Insurance.NONE);
    }
}
