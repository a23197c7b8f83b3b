package io.kine.command.scheduling;

import io.kine.kernel.scheduling.AppointmentId;
import io.kine.kernel.scheduling.AppointmentStatus;
import java.util.EnumSet;
import java.util.Set;

/** Which steps each status allows: booked -> confirmed -> arrived -> completed, or cancelled or no-show while upcoming. */
final class Lifecycle {

    static final Set<AppointmentStatus> UPCOMING = EnumSet.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
    static final Set<AppointmentStatus> ARRIVABLE = UPCOMING;
    static final Set<AppointmentStatus> COMPLETABLE = EnumSet.of(AppointmentStatus.ARRIVED);

    private Lifecycle() {
    }

    /** Refuses {@code step} with the reason unless {@code status} is one of {@code allowed}. */
    static void require(AppointmentId appointment, AppointmentStatus status, String step, Set<AppointmentStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new InvalidTransition(appointment, status, step);
        }
    }
}
