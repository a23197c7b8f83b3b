package io.kine.kernel.scheduling;

import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.LocationId;
import java.util.List;
import java.util.Objects;

/**
 * One exception to a practitioner's weekly hours, as recorded (null location: every location).
 * {@link #wholeDays()} when it takes whole days off: a holiday, or time off without hours.
 */
public record WorkingHoursException(WorkingHoursExceptionId exceptionId, UserId practitionerId, LocationId locationId,
        ExceptionKind kind, DateRange days, List<LocalTimeRange> hours, String reason, long version) {

    public WorkingHoursException {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(days, "days");
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    public boolean wholeDays() {
        return kind == ExceptionKind.HOLIDAY || kind == ExceptionKind.TIME_OFF && hours.isEmpty();
    }
}
