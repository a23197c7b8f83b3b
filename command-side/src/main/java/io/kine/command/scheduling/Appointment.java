package io.kine.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.scheduling.AppointmentArrived;
import io.kine.kernel.scheduling.AppointmentCancelled;
import io.kine.kernel.scheduling.AppointmentCompleted;
import io.kine.kernel.scheduling.AppointmentConfirmed;
import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentMarkedNoShow;
import io.kine.kernel.scheduling.AppointmentNotesChanged;
import io.kine.kernel.scheduling.AppointmentReassigned;
import io.kine.kernel.scheduling.AppointmentRescheduled;
import io.kine.kernel.scheduling.AppointmentScheduled;
import io.kine.kernel.scheduling.AppointmentStatus;
import io.kine.kernel.scheduling.CancelAppointment;
import io.kine.kernel.scheduling.ChangeAppointmentNotes;
import io.kine.kernel.scheduling.CompleteAppointment;
import io.kine.kernel.scheduling.ConfirmAppointment;
import io.kine.kernel.scheduling.MarkAppointmentArrived;
import io.kine.kernel.scheduling.MarkAppointmentNoShow;
import io.kine.kernel.scheduling.ReassignAppointment;
import io.kine.kernel.scheduling.RescheduleAppointment;
import io.kine.kernel.scheduling.ScheduleAppointment;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One appointment. Handlers that change who or when hold the slots through {@link BookedSlots}
 * before applying their event, in the same transaction; cancelling or recording a no-show
 * frees them. Every handler returns the version, for read-your-writes. An occurrence of a series
 * is an appointment like any other; its scheduled event names the series.
 */
@Aggregate
class Appointment {

    @AggregateIdentifier
    private AppointmentId appointmentId;
    private OrganizationId organizationId;
    private Parties parties;
    private Instant start;
    private Instant end;
    private String notes;
    private AppointmentStatus status;

    Appointment() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Appointment(ScheduleAppointment command, BookedSlots slots) {
        AppointmentRules.checkRequired("patientId", command.patientId(), "practitionerId", command.practitionerId(),
                "locationId", command.locationId());
        AppointmentRules.checkTimes(command.start(), command.end());
        String checkedNotes = AppointmentRules.text("notes", command.notes(), AppointmentRules.NOTES_MAX);
        String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
        Parties booked = new Parties(command.patientId(), command.practitionerId(), command.roomId(), command.equipmentId());
        slots.hold(command.appointmentId(), booked.slots(command.start(), command.end()));
        apply(new AppointmentScheduled(command.appointmentId(), command.organizationId(), command.patientId(),
                command.practitionerId(), command.locationId(), command.roomId(), command.equipmentId(),
                command.start(), command.end(), command.appointmentTypeId(), checkedNotes, override, command.seriesId()));
    }

    @CommandHandler
    long handle(ConfirmAppointment command) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.CONFIRMED) {
            Lifecycle.require(appointmentId, status, "confirm", EnumSet.of(AppointmentStatus.BOOKED));
            apply(new AppointmentConfirmed(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkAppointmentArrived command) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.ARRIVED) {
            Lifecycle.require(appointmentId, status, "arrive", Lifecycle.ARRIVABLE);
            apply(new AppointmentArrived(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CompleteAppointment command) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.COMPLETED) {
            Lifecycle.require(appointmentId, status, "complete", Lifecycle.COMPLETABLE);
            apply(new AppointmentCompleted(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CancelAppointment command, Clock clock, BookedSlots slots) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.CANCELLED) {
            Lifecycle.require(appointmentId, status, "cancel", Lifecycle.UPCOMING);
            String reason = AppointmentRules.text("reason", command.reason(), AppointmentRules.REASON_MAX);
            AppointmentRules.checkRequired("reason", reason, "lateCancellationWindow", command.lateCancellationWindow());
            boolean late = !clock.instant().isBefore(start.minus(command.lateCancellationWindow()));
            slots.release(appointmentId);
            apply(new AppointmentCancelled(appointmentId, organizationId, reason, late));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkAppointmentNoShow command, Clock clock, BookedSlots slots) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.NO_SHOW) {
            Lifecycle.require(appointmentId, status, "mark as no-show", Lifecycle.UPCOMING);
            if (clock.instant().isBefore(start)) {
                throw new NoShowBeforeStart(appointmentId);
            }
            slots.release(appointmentId);
            apply(new AppointmentMarkedNoShow(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RescheduleAppointment command, BookedSlots slots) {
        requireSameOrganization(command);
        AppointmentRules.checkTimes(command.start(), command.end());
        if (!command.start().equals(start) || !command.end().equals(end)) {
            Lifecycle.require(appointmentId, status, "reschedule", Lifecycle.UPCOMING);
            String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
            slots.hold(appointmentId, parties.slots(command.start(), command.end()));
            apply(new AppointmentRescheduled(appointmentId, organizationId, command.start(), command.end(), override));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReassignAppointment command, BookedSlots slots) {
        requireSameOrganization(command);
        AppointmentRules.checkRequired("practitionerId", command.practitionerId());
        if (!parties.sameStaffAs(command.practitionerId(), command.roomId(), command.equipmentId())) {
            Lifecycle.require(appointmentId, status, "reassign", Lifecycle.UPCOMING);
            String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
            Parties reassigned = parties.reassigned(command.practitionerId(), command.roomId(), command.equipmentId());
            slots.hold(appointmentId, reassigned.slots(start, end));
            apply(new AppointmentReassigned(appointmentId, organizationId, command.practitionerId(), command.roomId(),
                    command.equipmentId(), override));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ChangeAppointmentNotes command) {
        requireSameOrganization(command);
        String changed = AppointmentRules.text("notes", command.notes(), AppointmentRules.NOTES_MAX);
        if (!Objects.equals(changed, notes)) {
            apply(new AppointmentNotesChanged(appointmentId, organizationId, parties.patient(), changed));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Another clinic's appointment is answered exactly like a missing one. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new AppointmentNotFound(appointmentId);
        }
    }

    @EventSourcingHandler
    void on(AppointmentScheduled event) {
        appointmentId = event.appointmentId();
        organizationId = event.organizationId();
        parties = new Parties(event.patientId(), event.practitionerId(), event.roomId(), event.equipmentId());
        start = event.start();
        end = event.end();
        notes = event.notes();
        status = AppointmentStatus.BOOKED;
    }

    @EventSourcingHandler
    void on(AppointmentConfirmed event) {
        status = AppointmentStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(AppointmentArrived event) {
        status = AppointmentStatus.ARRIVED;
    }

    @EventSourcingHandler
    void on(AppointmentCompleted event) {
        status = AppointmentStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(AppointmentCancelled event) {
        status = AppointmentStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AppointmentMarkedNoShow event) {
        status = AppointmentStatus.NO_SHOW;
    }

    @EventSourcingHandler
    void on(AppointmentRescheduled event) {
        start = event.start();
        end = event.end();
    }

    @EventSourcingHandler
    void on(AppointmentReassigned event) {
        parties = parties.reassigned(event.practitionerId(), event.roomId(), event.equipmentId());
    }

    @EventSourcingHandler
    void on(AppointmentNotesChanged event) {
        notes = event.notes();
    }
}
