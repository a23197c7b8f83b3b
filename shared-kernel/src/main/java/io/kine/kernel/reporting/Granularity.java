package io.kine.kernel.reporting;

/** How a dashboard's series is cut: one point per day, ISO week (from Monday) or calendar month. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH
}
