package io.kine.infra.audit;

import java.util.UUID;

/** Personal data of an erased patient cannot be written any more: their key is gone. */
public class SubjectErased extends RuntimeException {

    public SubjectErased(UUID subject) {
        super("personal data of erased subject " + subject + " cannot be recorded", null, false, false);
    }
}
