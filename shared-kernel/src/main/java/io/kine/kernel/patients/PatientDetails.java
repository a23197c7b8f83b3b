package io.kine.kernel.patients;

import io.kine.kernel.PersonalData;
import java.time.LocalDate;

/**
 * Everything a front desk records about a patient. Commands and events carry the whole
 * record so each event states the patient's details as they were from then on; the
 * history view derives "what changed" by comparing consecutive events.
 *
 * <p>Identity, contact, address and insurance are personal data: sealed with the patient's key
 * in events and "[erased]" once the patient is erased; sex is kept for statistics.
 *
 * <p>Phone numbers are stored in E.164 form ({@code +33612345678}) once validated.
 */
public record PatientDetails(
        @PersonalData String firstName,
        @PersonalData String lastName,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        @PersonalData String phone,
        @PersonalData String email,
        @PersonalData PostalAddress address,
        @PersonalData Insurance insurance) {

    public PatientDetails {
        address = address == null ? PostalAddress.NONE : address;
        insurance = insurance == null ? Insurance.NONE : insurance;
    }
}
