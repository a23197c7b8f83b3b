package io.kine.command.identity;

import io.kine.command.Rejection;

/** A portal login opens one patient record, and only accounts with the patient role have one. */
public final class NotAPatientAccount extends Rejection {

    public NotAPatientAccount() {
        super(Kind.CONFLICT, "not-a-patient-account", "staff.notPatientAccount", "Only a patient account can be linked to a patient record");
    }
}
