package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.WorkingHoursExceptionId;

/** No such working-hours exception in the caller's organization. */
public final class TimeOffNotFound extends Rejection {

    public TimeOffNotFound(WorkingHoursExceptionId exceptionId) {
        super(Kind.NOT_FOUND, "time-off-not-found", "timeOff.notFound", "No working-hours exception " + exceptionId);
    }
}
