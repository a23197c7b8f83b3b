package io.kine.command.identity;

import io.kine.command.Rejection;

/** Specialties, license numbers and substitutions belong to practitioners only. */
public final class NotAPractitioner extends Rejection {

    public NotAPractitioner() {
        super(Kind.CONFLICT, "not-a-practitioner", "staff.notPractitioner", "The account has no practitioner role");
    }
}
