package io.kine.command.scheduling;

import io.kine.command.Rejection;
import io.kine.kernel.scheduling.SeriesId;

/** No such series in the caller's organization (another clinic's looks the same). */
public final class SeriesNotFound extends Rejection {

    public SeriesNotFound(SeriesId seriesId) {
        super(Kind.NOT_FOUND, "series-not-found", "series.notFound", "No series " + seriesId);
    }
}
