package io.kine.kernel.scheduling;

/**
 * How a working-hours exception changes a practitioner's days: time off (leave, sickness,
 * training; whole days, or only the hours given), a holiday (whole days, the clinic is closed
 * for them), or changed hours (the hours given replace the weekly ones on those days).
 */
public enum ExceptionKind {
    TIME_OFF, HOLIDAY, CHANGED_HOURS
}
