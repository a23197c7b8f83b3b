package io.kine.command.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.command.FieldViolation;
import io.kine.kernel.audit.RetentionPolicySet;
import io.kine.kernel.audit.SetRetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organization's retention policy. Changes are events (auditors see who shortened what),
 * and the current values are written to a command-side table the erasure rule reads.
 */
@Aggregate
class RetentionPolicy {

    /** Bounds of a sensible policy; the default (20 years, age 28) is the French rule, other countries differ. */
    static final int MIN_YEARS = 1;
    static final int MIN_AGE = 18;

    @AggregateIdentifier
    private String policyId;
    private int years;
    private int minorsUntilAge;

    RetentionPolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetRetentionPolicy command, RetentionPolicies table) {
        List<FieldViolation> violations = new ArrayList<>();
        if (command.yearsAfterLastActivity() < MIN_YEARS || command.yearsAfterLastActivity() > 100) {
            violations.add(new FieldViolation("yearsAfterLastActivity", "erasure.retention.years"));
        }
        if (command.minorsUntilAge() < MIN_AGE || command.minorsUntilAge() > 120) {
            violations.add(new FieldViolation("minorsUntilAge", "erasure.retention.age"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRetentionPolicy(violations);
        }
        if (policyId == null || years != command.yearsAfterLastActivity() || minorsUntilAge != command.minorsUntilAge()) {
            apply(new RetentionPolicySet(command.organizationId(), command.yearsAfterLastActivity(),
                    command.minorsUntilAge()));
            table.save(command.organizationId(), command.yearsAfterLastActivity(), command.minorsUntilAge());
        }
    }

    @EventSourcingHandler
    void on(RetentionPolicySet event) {
        policyId = RetentionPolicySet.policyIdOf(event.organizationId());
        years = event.yearsAfterLastActivity();
        minorsUntilAge = event.minorsUntilAge();
    }
}
