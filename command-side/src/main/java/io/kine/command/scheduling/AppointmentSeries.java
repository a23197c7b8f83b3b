package io.kine.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentSeriesBooked;
import io.kine.kernel.scheduling.AppointmentSeriesCancelled;
import io.kine.kernel.scheduling.AppointmentSeriesChanged;
import io.kine.kernel.scheduling.BookAppointmentSeries;
import io.kine.kernel.scheduling.CancelAppointmentSeries;
import io.kine.kernel.scheduling.ChangeAppointmentSeries;
import io.kine.kernel.scheduling.SeriesBookingMode;
import io.kine.kernel.scheduling.SeriesId;
import io.kine.kernel.scheduling.SeriesOccurrence;
import io.kine.kernel.scheduling.SkippedOccurrence;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A series of appointments repeating by an RFC 5545 rule. Booking expands the rule in the
 * location's wall-clock time and checks every occurrence against the held slots; it answers the
 * occurrences to book, which the caller schedules as appointments in the same transaction (so
 * the exclusion constraint still decides any race, and a lost race undoes the whole series).
 * Changes and cancellations work out which occurrences they touch and record it; each
 * occurrence's own events follow in the same transaction.
 */
@Aggregate
class AppointmentSeries {

    @AggregateIdentifier
    private SeriesId seriesId;
    private OrganizationId organizationId;
    private PatientId patientId;
    /** Every occurrence booked, in time order: what "this and following" counts from. */
    private List<AppointmentId> occurrences;

    AppointmentSeries() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    List<SeriesOccurrence> handle(BookAppointmentSeries command, BookedSlots slots) {
        SeriesPlan plan = SeriesPlan.of(command, slots);
        if (!plan.split().isEntirelyFree() && (plan.mode() == SeriesBookingMode.ALL_OR_NOTHING
                || plan.split().free().isEmpty())) {
            throw new SeriesConflicts(plan.split().conflicting());
        }
        List<SeriesOccurrence> booked = plan.split().free().stream()
                .map(time -> new SeriesOccurrence(plan.occurrenceId(time.start()), time.start(), time.end()))
                .toList();
        List<SkippedOccurrence> skipped = plan.split().conflicting().stream()
                .map(taken -> new SkippedOccurrence(taken.occurrence().start(), taken.occurrence().end(),
                        taken.conflict().conflictingAppointment(), taken.conflict().resource().name(),
                        taken.conflict().resourceId()))
                .toList();
        apply(new AppointmentSeriesBooked(command.seriesId(), command.organizationId(), command.patientId(),
                command.practitionerId(), command.locationId(), command.roomId(), command.equipmentId(),
                command.appointmentTypeId(), plan.notes(), RecurrenceRules.format(command.rule()), command.firstStart(),
                command.length(), command.timeZone().getId(), plan.mode(), booked, skipped, plan.overrideReason()));
        return booked;
    }

    @CommandHandler
    List<AppointmentId> handle(CancelAppointmentSeries command) {
        requireSameOrganization(command);
        String reason = AppointmentRules.text("reason", command.reason(), AppointmentRules.REASON_MAX);
        AppointmentRules.checkRequired("scope", command.scope(), "reason", reason);
        List<AppointmentId> cancelled = SeriesScopes.inScope(occurrences, command.scope(), command.occurrence(),
                command.upcoming());
        if (!cancelled.isEmpty()) {
            apply(new AppointmentSeriesCancelled(seriesId, organizationId, command.scope(), command.occurrence(),
                    cancelled, reason));
        }
        return cancelled;
    }

    @CommandHandler
    List<AppointmentId> handle(ChangeAppointmentSeries command) {
        requireSameOrganization(command);
        AppointmentRules.checkRequired("scope", command.scope(), "startTime", command.startTime(), "length",
                command.length(), "practitionerId", command.practitionerId());
        SeriesPlan.checkLength(command.length());
        String notes = AppointmentRules.text("notes", command.notes(), AppointmentRules.NOTES_MAX);
        List<AppointmentId> changed = SeriesScopes.inScope(occurrences, command.scope(), command.occurrence(),
                command.upcoming());
        if (!changed.isEmpty()) {
            apply(new AppointmentSeriesChanged(seriesId, organizationId, patientId, command.scope(), command.occurrence(),
                    changed, command.startTime(), command.length(), command.practitionerId(), command.roomId(),
                    command.equipmentId(), notes));
        }
        return changed;
    }

    /** Another clinic's series is answered exactly like a missing one. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new SeriesNotFound(seriesId);
        }
    }

    @EventSourcingHandler
    void on(AppointmentSeriesBooked event) {
        seriesId = event.seriesId();
        organizationId = event.organizationId();
        patientId = event.patientId();
        occurrences = event.occurrences().stream().map(SeriesOccurrence::appointmentId).toList();
    }
}
