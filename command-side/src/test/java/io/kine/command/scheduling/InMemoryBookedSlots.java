package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AppointmentId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The booked-slot rule without a database, for fixture tests; PostgreSQL's version is tested in infra. */
final class InMemoryBookedSlots implements BookedSlots {

    private final Map<AppointmentId, List<Slot>> held = new HashMap<>();

    @Override
    public void hold(AppointmentId appointment, List<Slot> slots) {
        firstConflict(appointment, slots).ifPresent(taken -> {
            throw taken;
        });
        held.put(appointment, List.copyOf(slots));
    }

    @Override
    public Optional<SlotTaken> firstConflict(AppointmentId appointment, List<Slot> slots) {
        return held.entrySet().stream().filter(entry -> !entry.getKey().equals(appointment))
                .flatMap(entry -> entry.getValue().stream().filter(s -> slots.stream().anyMatch(s::overlaps))
                        .map(s -> new SlotTaken(entry.getKey(), s.resource(), s.resourceId(), s.start(), s.end())))
                .findFirst();
    }

    @Override
    public void release(AppointmentId appointment) {
        held.remove(appointment);
    }

    List<Slot> of(AppointmentId appointment) {
        return held.getOrDefault(appointment, List.of());
    }
}
