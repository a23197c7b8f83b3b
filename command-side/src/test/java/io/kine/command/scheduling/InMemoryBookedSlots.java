package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AppointmentId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The booked-slot rule without a database, for fixture tests; PostgreSQL's version is tested in infra. */
final class InMemoryBookedSlots implements BookedSlots {

    private final Map<AppointmentId, List<Slot>> held = new HashMap<>();

    @Override
    public void hold(AppointmentId appointment, List<Slot> slots) {
        held.forEach((other, theirs) -> {
            if (!other.equals(appointment)) {
                theirs.stream().filter(s -> slots.stream().anyMatch(s::overlaps)).findFirst().ifPresent(s -> {
                    throw new SlotTaken(other, s.resource(), s.resourceId(), s.start(), s.end());
                });
            }
        });
        held.put(appointment, List.copyOf(slots));
    }

    @Override
    public void release(AppointmentId appointment) {
        held.remove(appointment);
    }

    List<Slot> of(AppointmentId appointment) {
        return held.getOrDefault(appointment, List.of());
    }
}
