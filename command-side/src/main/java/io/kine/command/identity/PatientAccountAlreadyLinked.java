package io.kine.command.identity;

import io.kine.command.Rejection;

/** A patient account opens exactly one record; relinking it would show one person another's chart. */
public final class PatientAccountAlreadyLinked extends Rejection {

    public PatientAccountAlreadyLinked() {
        super(Kind.CONFLICT, "patient-account-already-linked", "staff.patientAlreadyLinked", "The account is already linked to another patient");
    }
}
