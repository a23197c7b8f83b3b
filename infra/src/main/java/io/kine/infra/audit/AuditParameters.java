package io.kine.infra.audit;

import io.kine.infra.web.InvalidRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The browser's filters as they come in a query string (pages and API alike). Periods are
 * dates ({@code 2026-11-24}, whole days in the clinic's zone, {@code to} inclusive), local
 * date-times ({@code 2026-11-24T09:30}) or instants ({@code 2026-11-24T08:30:00Z}).
 */
public record AuditParameters(
        String entityType,
        String entityId,
        String actor,
        String eventType,
        String from,
        String to,
        Long before,
        Long after,
        Integer size) {

    static final int DEFAULT_SIZE = 50;

    EventFilter toFilter(UUID organization, ZoneId zone, EventTypes types) {
        String type = blank(entityType);
        if (type != null && !types.isAggregate(type)) {
            throw new InvalidRequest("entityType", "audit.filter.unknownEntityType");
        }
        String event = blank(eventType);
        if (event != null && types.payloadType(event).isEmpty()) {
            throw new InvalidRequest("eventType", "audit.filter.unknownEventType");
        }
        return new EventFilter(organization, type, blank(entityId), uuid("actor", actor),
                event, instant("from", from, zone, false), instant("to", to, zone, true), before, after);
    }

    AccessLogBrowser.Filter toAccessFilter(UUID organization, ZoneId zone) {
        return new AccessLogBrowser.Filter(organization, uuid("entityId", entityId), uuid("actor", actor),
                instant("from", from, zone, false), instant("to", to, zone, true), before);
    }

    int pageSize() {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > AuditEvents.MAX_PAGE_SIZE) {
            throw new InvalidRequest("size", "audit.filter.size");
        }
        return size;
    }

    static UUID uuid(String field, String value) {
        String text = blank(value);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, "audit.filter.invalidId");
        }
    }

    /** {@code end} bounds are exclusive: a date "to" means up to the end of that day. */
    static Instant instant(String field, String value, ZoneId zone, boolean end) {
        String text = blank(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (text.endsWith("Z") || text.contains("+")) {
                return Instant.parse(text);
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "audit.filter.invalidDate");
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
