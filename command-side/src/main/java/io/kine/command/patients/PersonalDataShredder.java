package io.kine.command.patients;

import io.kine.kernel.patients.PatientId;

/**
 * Destroys a patient's key, and any derived copy of their data outside events (snapshots), in
 * the transaction that records the erasure.
 */
public interface PersonalDataShredder {

    void shred(PatientId patient);
}
