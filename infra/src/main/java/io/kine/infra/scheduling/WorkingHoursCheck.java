package io.kine.infra.scheduling;

import io.kine.command.scheduling.FreeSlots;
import io.kine.infra.security.KineUser;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import io.kine.kernel.scheduling.FindPractitionerAvailability;
import io.kine.kernel.scheduling.Interval;
import io.kine.kernel.scheduling.PractitionerAvailability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Whether bookings fit the practitioner's working hours at the location, read in the location's
 * time zone: the weekly hours, changed by the exceptions of those days (changed hours replace
 * them, holidays and time off take days or hours away). A practitioner without weekly hours at a
 * location is restricted there only by exceptions (clinics that do not keep hours book freely).
 * Outside the hours, only a caller with {@code appointment.override} who gives a reason may
 * book; the reason is recorded on the event.
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
        boolean outside = !outside(caller, practitioner, location, ZoneId.of(timeZone), List.of(new Interval(start, end)))
                .isEmpty();
        return outside ? permittedOverride(caller, overrideReason) : null;
    }

    /** Those of {@code times} outside the practitioner's working time. */
    Set<Instant> outside(KineUser caller, UserId practitioner, LocationId location, ZoneId zone, Collection<Interval> times) {
        if (times.isEmpty()) {
            return Set.of();
        }
        LocalDate first = times.stream().map(t -> t.start().atZone(zone).toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = times.stream().map(t -> t.end().atZone(zone).toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        List<PractitionerAvailability> found = reads.availability(new FindPractitionerAvailability(caller.organizationId(),
                location, practitioner, first, last));
        if (found.isEmpty() || found.get(0).weekly() == null && found.get(0).exceptions().isEmpty()) {
            return Set.of();
        }
        var calendar = Calendars.of(found.get(0), zone);
        return times.stream().filter(time -> !fitsOneDay(time, zone) || !FreeSlots.isWorking(calendar, time, zone))
                .map(Interval::start).collect(Collectors.toSet());
    }

    /** The caller's reason, when they may book outside the hours and gave one. */
    String permittedOverride(KineUser caller, String overrideReason) {
        if (!caller.can(Permission.APPOINTMENT_OVERRIDE) || overrideReason == null || overrideReason.isBlank()) {
            throw new OutsideWorkingHours();
        }
        return overrideReason;
    }

    /** A visit crossing midnight is outside any day's hours. */
    private static boolean fitsOneDay(Interval time, ZoneId zone) {
        return time.start().atZone(zone).toLocalDate().equals(time.end().atZone(zone).toLocalDate());
    }
}
