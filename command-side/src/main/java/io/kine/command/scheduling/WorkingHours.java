package io.kine.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.command.FieldViolation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentWorkingHoursSet;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.SetWorkingHours;
import io.kine.kernel.scheduling.WorkingHoursId;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A practitioner's weekly template at one location (its id is derived from the two, so there
 * is one per pair). Setting it replaces the whole week; setting the same week records nothing.
 */
@Aggregate
class WorkingHours {

    @AggregateIdentifier
    private WorkingHoursId workingHoursId;
    private OrganizationId organizationId;
    private Map<DayOfWeek, List<LocalTimeRange>> week;

    WorkingHours() {
        // for Axon: created by the first SetWorkingHours, rebuilt from events after
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(SetWorkingHours command) {
        if (organizationId != null && !organizationId.equals(command.organizationId())) {
            throw new InvalidAppointment("workingHoursId", "appointment.hours.notFound");
        }
        AppointmentRules.checkRequired("practitionerId", command.practitionerId(), "locationId", command.locationId(),
                "week", command.week());
        Map<DayOfWeek, List<LocalTimeRange>> checked = checked(command.week());
        if (!checked.equals(week)) {
            apply(new AppointmentWorkingHoursSet(command.workingHoursId(), command.organizationId(),
                    command.practitionerId(), command.locationId(), checked));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Each day's ranges sorted, each start before its end, none overlapping; empty days dropped. */
    private static Map<DayOfWeek, List<LocalTimeRange>> checked(Map<DayOfWeek, List<LocalTimeRange>> week) {
        Map<DayOfWeek, List<LocalTimeRange>> checked = new EnumMap<>(DayOfWeek.class);
        List<FieldViolation> violations = new ArrayList<>();
        week.forEach((day, ranges) -> DayHours.checked("week." + day, ranges, violations)
                .filter(sorted -> !sorted.isEmpty())
                .ifPresent(sorted -> checked.put(day, sorted)));
        if (!violations.isEmpty()) {
            throw new InvalidAppointment(violations);
        }
        return checked;
    }

    @EventSourcingHandler
    void on(AppointmentWorkingHoursSet event) {
        workingHoursId = event.workingHoursId();
        organizationId = event.organizationId();
        week = event.week();
    }
}
