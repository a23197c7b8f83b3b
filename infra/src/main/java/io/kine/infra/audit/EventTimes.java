package io.kine.infra.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * The event table's {@code time_stamp} is ISO-8601 text in UTC with at least three fraction
 * digits (Axon's format), so a period filter compares text with bounds written the same way.
 */
final class EventTimes {

    private static final DateTimeFormatter STORED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 3, 9, true)
            .appendLiteral('Z').toFormatter().withZone(ZoneOffset.UTC);

    private EventTimes() {
    }

    static String format(Instant instant) {
        return STORED.format(instant);
    }
}
