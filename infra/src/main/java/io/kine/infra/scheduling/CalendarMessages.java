package io.kine.infra.scheduling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** The words the calendar script shows, resolved from the bundles in the page's language. */
final class CalendarMessages {

    static final List<String> KEYS = List.of(
            "calendar.previous", "calendar.next", "calendar.view.day", "calendar.view.week", "calendar.view.month",
            "calendar.view.byPractitioner", "calendar.view.byRoom",
            "calendar.status.BOOKED", "calendar.status.CONFIRMED", "calendar.status.ARRIVED",
            "calendar.status.COMPLETED", "calendar.status.CANCELLED", "calendar.status.NO_SHOW",
            "calendar.booked", "calendar.moved", "calendar.changed", "calendar.refused", "calendar.conflictWith",
            "calendar.noRooms", "calendar.noPractitioners", "calendar.networkError", "calendar.patientRequired",
            "calendar.patientNone", "calendar.noType", "calendar.noRoom",
            "calendar.timeZone");

    private CalendarMessages() {
    }

    /** The label of a status, spelled out so the bundle test sees every key. */
    static String statusKey(io.kine.kernel.scheduling.AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> "calendar.status.BOOKED";
            case CONFIRMED -> "calendar.status.CONFIRMED";
            case ARRIVED -> "calendar.status.ARRIVED";
            case COMPLETED -> "calendar.status.COMPLETED";
            case CANCELLED -> "calendar.status.CANCELLED";
            case NO_SHOW -> "calendar.status.NO_SHOW";
        };
    }

    static Map<String, String> resolve(MessageSource messages, Locale locale) {
        Map<String, String> resolved = new LinkedHashMap<>();
        KEYS.forEach(key -> resolved.put(key, messages.getMessage(key, null, key, locale)));
        return resolved;
    }
}
