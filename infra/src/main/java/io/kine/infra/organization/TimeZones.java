package io.kine.infra.organization;

import io.kine.infra.web.InvalidRequest;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Time zones as people type them; an unknown name is bad input, reported on its field. */
final class TimeZones {

    static final String FIELD = "timeZone";
    static final String UNKNOWN = "location.timeZone.unknown";

    private TimeZones() {
    }

    /** Null for blank (the aggregate then says it is required), the zone, or an {@link InvalidRequest}. */
    static ZoneId parse(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(typed.strip());
        } catch (DateTimeException unknown) {
            throw new InvalidRequest(field, UNKNOWN);
        }
    }
}
