package io.kine.command.scheduling;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** A search for free slots that cannot be run as asked (an empty or reversed range, no length...). */
public final class InvalidSlotSearch extends Rejection {

    private final List<FieldViolation> violations;

    InvalidSlotSearch(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-slot-search", "slotSearch.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
