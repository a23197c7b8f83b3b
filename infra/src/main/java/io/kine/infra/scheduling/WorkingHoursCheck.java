package io.kine.infra.scheduling;

import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.scheduling.WorkingHoursView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a booking fits the practitioner's working hours at the location, read in the
 * location's time zone. A practitioner without hours at a location is not restricted there
 * (clinics that do not keep hours book freely). Outside the hours, only a caller with
 * {@code appointment.override} who gives a reason may book; the reason is recorded on the event.
 */
@Component
class WorkingHoursCheck {

    private final SchedulingReads reads;

    WorkingHoursCheck(SchedulingReads reads) {
        this.reads = reads;
    }

    /** The override reason to record: null inside the hours, the caller's reason outside them. */
    String overrideReasonFor(KineUser caller, UserId practitioner, LocationId location, String timeZone, Instant start,
            Instant end, String overrideReason) {
        Optional<WorkingHoursView> hours = reads.workingHours(caller.organizationId(), practitioner, location);
        if (hours.isEmpty() || fits(hours.get(), ZoneId.of(timeZone), start, end)) {
            return null;
        }
        if (!caller.can(Permission.APPOINTMENT_OVERRIDE) || overrideReason == null || overrideReason.isBlank()) {
            throw new OutsideWorkingHours();
        }
        return overrideReason;
    }

    /** Inside one range of one local day; a visit crossing midnight is outside any day's range. */
    private static boolean fits(WorkingHoursView hours, ZoneId zone, Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        return from.toLocalDate().equals(to.toLocalDate())
                && hours.covers(from.getDayOfWeek(), from.toLocalTime(), to.toLocalTime());
    }
}
