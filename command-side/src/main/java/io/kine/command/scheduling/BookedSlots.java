package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AppointmentId;
import java.util.List;
import java.util.Optional;

/**
 * The command-side table of held slots, one row per resource an appointment holds. The
 * aggregate calls it from its command handlers, so the rows are written in the same database
 * transaction as the appointment's events and a refused hold rolls both back. This is chosen
 * over an event handler writing the rows: a subscribing handler would need a propagating
 * error handler to veto the transaction, and a forgotten one would let double bookings
 * through silently.
 */
public interface BookedSlots {

    /**
     * Makes these the appointment's slots, replacing any it held before.
     *
     * @throws SlotTaken naming the other appointment when one of them overlaps a slot it holds
     */
    void hold(AppointmentId appointment, List<Slot> slots);

    /**
     * The first appointment, other than {@code appointment}, holding one of these slots: what a
     * hold would be refused with, without holding anything (to report a series' conflicts).
     */
    Optional<SlotTaken> firstConflict(AppointmentId appointment, List<Slot> slots);

    /** Frees every slot of the appointment (cancelled, missed). */
    void release(AppointmentId appointment);
}
