package io.kine.kernel.patients;

/** Sex as recorded for clinical purposes. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
