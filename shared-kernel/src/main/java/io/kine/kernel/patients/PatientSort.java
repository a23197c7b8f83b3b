package io.kine.kernel.patients;

import java.util.Arrays;
import java.util.Optional;

/** The orders a patient list may be sorted in; anything else is refused, never passed to SQL. */
public enum PatientSort {
    LAST_NAME("lastName"),
    FIRST_NAME("firstName"),
    DATE_OF_BIRTH("dateOfBirth"),
    REGISTERED_AT("registeredAt");

    private final String parameter;

    PatientSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<PatientSort> fromParameter(String parameter) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst();
    }
}
