package io.kine.command.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * Asks the caller's calendar whether a time is taken, and by what. The conflict type is the
 * caller's: whatever it needs to show or refuse (the other appointment, the room, the leave).
 */
@FunctionalInterface
public interface ConflictCheck<C> {

    Optional<C> conflictWith(Instant start, Instant end);
}
