package io.kine.command.scheduling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.ResourceId;
import io.kine.kernel.patients.PatientId;
import io.kine.kernel.scheduling.*;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One appointment. Handlers that change who or when hold the slots through {@link BookedSlots}
 * before applying their event, in the same transaction; cancelling or recording a no-show
 * frees them. Every handler returns the version, for read-your-writes.
 */
@Aggregate
class Appointment {

    private static final EnumSet<AppointmentStatus> UPCOMING = EnumSet.of(AppointmentStatus.BOOKED,
            AppointmentStatus.CONFIRMED);

    @AggregateIdentifier
    private AppointmentId appointmentId;
    private OrganizationId organizationId;
    private PatientId patientId;
    private UserId practitionerId;
    private ResourceId roomId;
    private ResourceId equipmentId;
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
        String notes = AppointmentRules.text("notes", command.notes(), AppointmentRules.NOTES_MAX);
        String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
        slots.hold(command.appointmentId(), slots(command.patientId(), command.practitionerId(), command.roomId(),
                command.equipmentId(), command.start(), command.end()));
        apply(new AppointmentScheduled(command.appointmentId(), command.organizationId(), command.patientId(),
                command.practitionerId(), command.locationId(), command.roomId(), command.equipmentId(),
                command.start(), command.end(), command.appointmentTypeId(), notes, override));
    }

    @CommandHandler
    long handle(ConfirmAppointment command) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.CONFIRMED) {
            requireStatus("confirm", AppointmentStatus.BOOKED);
            apply(new AppointmentConfirmed(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(MarkAppointmentArrived command) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.ARRIVED) {
            requireStatus("arrive", AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
            apply(new AppointmentArrived(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CompleteAppointment command) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.COMPLETED) {
            requireStatus("complete", AppointmentStatus.ARRIVED);
            apply(new AppointmentCompleted(appointmentId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(CancelAppointment command, Clock clock, BookedSlots slots) {
        requireSameOrganization(command);
        if (status != AppointmentStatus.CANCELLED) {
            requireStatus("cancel", AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
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
            requireStatus("mark as no-show", AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
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
            requireStatus("reschedule", UPCOMING.toArray(AppointmentStatus[]::new));
            String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
            slots.hold(appointmentId, slots(patientId, practitionerId, roomId, equipmentId, command.start(), command.end()));
            apply(new AppointmentRescheduled(appointmentId, organizationId, command.start(), command.end(), override));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReassignAppointment command, BookedSlots slots) {
        requireSameOrganization(command);
        AppointmentRules.checkRequired("practitionerId", command.practitionerId());
        if (!command.practitionerId().equals(practitionerId) || !Objects.equals(command.roomId(), roomId)
                || !Objects.equals(command.equipmentId(), equipmentId)) {
            requireStatus("reassign", UPCOMING.toArray(AppointmentStatus[]::new));
            String override = AppointmentRules.text("overrideReason", command.overrideReason(), AppointmentRules.REASON_MAX);
            slots.hold(appointmentId, slots(patientId, command.practitionerId(), command.roomId(), command.equipmentId(),
                    start, end));
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
            apply(new AppointmentNotesChanged(appointmentId, organizationId, changed));
        }
        return AggregateLifecycle.getVersion();
    }

    private void requireStatus(String step, AppointmentStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new InvalidTransition(appointmentId, status, step);
        }
    }

    /** Another clinic's appointment is answered exactly like a missing one. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new AppointmentNotFound(appointmentId);
        }
    }

    private static List<Slot> slots(PatientId patient, UserId practitioner, ResourceId room, ResourceId equipment,
            Instant start, Instant end) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(SlotResource.PRACTITIONER, practitioner.value(), start, end));
        slots.add(new Slot(SlotResource.PATIENT, patient.value(), start, end));
        if (room != null) {
            slots.add(new Slot(SlotResource.ROOM, room.value(), start, end));
        }
        if (equipment != null) {
            slots.add(new Slot(SlotResource.EQUIPMENT, equipment.value(), start, end));
        }
        return slots;
    }

    @EventSourcingHandler
    void on(AppointmentScheduled event) {
        appointmentId = event.appointmentId();
        organizationId = event.organizationId();
        patientId = event.patientId();
        practitionerId = event.practitionerId();
        roomId = event.roomId();
        equipmentId = event.equipmentId();
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
        practitionerId = event.practitionerId();
        roomId = event.roomId();
        equipmentId = event.equipmentId();
    }

    @EventSourcingHandler
    void on(AppointmentNotesChanged event) {
        notes = event.notes();
    }
}
