package io.kine.command.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.billing.BillingSettingsId;
import io.kine.kernel.billing.ChangeDunningSteps;
import io.kine.kernel.billing.DunningStepsChanged;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An organization's billing settings: the dunning steps, in days after the due date. */
@Aggregate
class BillingSettings {

    private static final int MAX_STEPS = 10;
    private static final int MAX_DAYS = 365;

    @AggregateIdentifier
    private BillingSettingsId settingsId;
    private OrganizationId organizationId;
    private List<Integer> stepDays;

    BillingSettings() {
        // for Axon: rebuilt from events, or created by the first change
    }

    static BillingSettingsId idOf(OrganizationId organization) {
        return BillingSettingsId.named(organization.toString());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ChangeDunningSteps command) {
        List<Integer> steps = command.stepDays() == null ? List.of()
                : command.stepDays().stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        BillingRules.check()
                .require("settingsId", command.settingsId().equals(idOf(command.organizationId())), "billing.invalid")
                .require("stepDays", steps.size() <= MAX_STEPS && steps.stream().allMatch(d -> d >= 1 && d <= MAX_DAYS),
                        "dunning.invalidSteps")
                .orReject();
        if (!steps.equals(stepDays)) {
            apply(new DunningStepsChanged(command.settingsId(), command.organizationId(), steps));
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(DunningStepsChanged event) {
        settingsId = event.settingsId();
        organizationId = event.organizationId();
        stepDays = event.stepDays();
    }
}
