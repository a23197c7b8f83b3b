package io.kine.kernel.scheduling;

/** Which occurrences a change to a series touches: one, that one and those after it, or all that are still to come. */
public enum SeriesScope {
    ONE, FOLLOWING, ALL
}
