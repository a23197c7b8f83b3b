package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.AppointmentId;
import java.time.Instant;
import java.util.UUID;

/** Another appointment already holds the practitioner, room, equipment or patient at that time. */
public final class SlotTaken extends Rejection {

    private final AppointmentId conflictingAppointment;
    private final SlotResource resource;
    private final UUID resourceId;
    private final Instant start;
    private final Instant end;

    public SlotTaken(AppointmentId conflictingAppointment, SlotResource resource, UUID resourceId, Instant start,
            Instant end) {
        super(Kind.CONFLICT, "slot-taken", "appointment.slotTaken",
                resource + " " + resourceId + " is held by appointment " + conflictingAppointment);
        this.conflictingAppointment = conflictingAppointment;
        this.resource = resource;
        this.resourceId = resourceId;
        this.start = start;
        this.end = end;
    }

    public AppointmentId conflictingAppointment() {
        return conflictingAppointment;
    }

    public SlotResource resource() {
        return resource;
    }

    public UUID resourceId() {
        return resourceId;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }
}
