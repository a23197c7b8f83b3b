package io.kine.kernel.scheduling;

/** What to do when some occurrences of a new series are taken: book none of them, or only the free ones. */
public enum SeriesBookingMode {
    ALL_OR_NOTHING, FREE_ONLY
}
