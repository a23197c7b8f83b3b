package io.kine.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.command.FieldViolation;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.DateRange;
import io.kine.kernel.scheduling.ExceptionKind;
import io.kine.kernel.scheduling.LocalTimeRange;
import io.kine.kernel.scheduling.RecordWorkingHoursException;
import io.kine.kernel.scheduling.WithdrawWorkingHoursException;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;
import io.kine.kernel.scheduling.WorkingHoursExceptionRecorded;
import io.kine.kernel.scheduling.WorkingHoursExceptionWithdrawn;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One exception to a practitioner's weekly hours: time off, a holiday, or changed hours, over a
 * few days at one location or all. It is recorded once and may be withdrawn; to change one,
 * withdraw it and record another, so the history says what applied when.
 */
@Aggregate
class TimeOff {

    /** A year at most: longer absences are recorded again each year, which keeps searches bounded. */
    static final int LONGEST_IN_DAYS = 366;

    @AggregateIdentifier
    private WorkingHoursExceptionId exceptionId;
    private OrganizationId organizationId;
    private boolean withdrawn;

    TimeOff() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    TimeOff(RecordWorkingHoursException command) {
        List<FieldViolation> violations = new ArrayList<>();
        required(violations, "practitionerId", command.practitionerId());
        required(violations, "kind", command.kind());
        required(violations, "days", command.days());
        List<LocalTimeRange> hours = hours(command, violations);
        DateRange days = command.days();
        if (days != null && days.last().isBefore(days.first())) {
            violations.add(new FieldViolation("days.last", "timeOff.lastDayBeforeFirst"));
        } else if (days != null && days.first().plusDays(LONGEST_IN_DAYS).isBefore(days.last().plusDays(1))) {
            violations.add(new FieldViolation("days.last", "timeOff.tooLong"));
        }
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
        if (reason != null && reason.length() > AppointmentRules.REASON_MAX) {
            violations.add(new FieldViolation("reason", "appointment.tooLongText"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidTimeOff(violations);
        }
        apply(new WorkingHoursExceptionRecorded(command.exceptionId(), command.organizationId(),
                command.practitionerId(), command.locationId(), command.kind(), days, hours, reason));
    }

    @CommandHandler
    long handle(WithdrawWorkingHoursException command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new TimeOffNotFound(exceptionId);
        }
        if (!withdrawn) {
            apply(new WorkingHoursExceptionWithdrawn(exceptionId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Changed hours need hours; a holiday takes whole days; time off takes whole days unless hours are given. */
    private static List<LocalTimeRange> hours(RecordWorkingHoursException command, List<FieldViolation> violations) {
        List<LocalTimeRange> given = command.hours() == null ? List.of() : command.hours();
        if (command.kind() == ExceptionKind.HOLIDAY && !given.isEmpty()) {
            violations.add(new FieldViolation("hours", "timeOff.hoursNotAllowed"));
        } else if (command.kind() == ExceptionKind.CHANGED_HOURS && given.isEmpty()) {
            violations.add(new FieldViolation("hours", "timeOff.hoursRequired"));
        }
        return DayHours.checked("hours", given, violations).orElse(List.of());
    }

    private static void required(List<FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "timeOff.required"));
        }
    }

    @EventSourcingHandler
    void on(WorkingHoursExceptionRecorded event) {
        exceptionId = event.exceptionId();
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(WorkingHoursExceptionWithdrawn event) {
        withdrawn = true;
    }
}
