package io.kine.command.billing;

import io.kine.command.FieldViolation;
import io.kine.command.Rejection;
import java.util.List;

/** Input that breaks a billing rule (catalog, lines, payments, dunning steps), field by field. */
public final class InvalidBillingInput extends Rejection {

    private final List<FieldViolation> violations;

    public InvalidBillingInput(List<FieldViolation> violations) {
        super(Kind.INVALID, "invalid-billing-input", "billing.invalid",
                "Invalid fields: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidBillingInput(String field, String messageKey) {
        this(List.of(new FieldViolation(field, messageKey)));
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
