package io.kine.command.audit;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** A retention policy outside what French law allows to be shortened to or sensibly lengthened to. */
public final class InvalidRetentionPolicy extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidRetentionPolicy(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-retention-policy", "erasure.retention.invalid", "invalid retention policy");
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
