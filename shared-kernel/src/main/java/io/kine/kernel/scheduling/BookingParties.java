package io.kine.kernel.scheduling;

import java.util.List;

/**
 * The answer to {@link CheckBookingParties}: the fields naming something that is not the
 * organization's (empty when all are), and the location's IANA time zone.
 */
public record BookingParties(List<String> unknownFields, String timeZone) {

    public BookingParties {
        unknownFields = List.copyOf(unknownFields);
    }
}
