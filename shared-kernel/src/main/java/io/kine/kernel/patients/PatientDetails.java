package io.kine.kernel.patients;

import java.time.LocalDate;

/**
 * Everything a front desk records about a patient. Commands and events carry the whole
 * record so each event states the patient's details as they were from then on; the
 * history view derives "what changed" by comparing consecutive events.
 *
 * <p>Phone numbers are stored in E.164 form ({@code +33612345678}) once validated.
 */
public record PatientDetails(
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        Sex sex,
        String phone,
        String email,
        PostalAddress address,
        Insurance insurance) {

    public PatientDetails {
        address = address == null ? PostalAddress.NONE : address;
        insurance = insurance == null ? Insurance.NONE : insurance;
    }
}
