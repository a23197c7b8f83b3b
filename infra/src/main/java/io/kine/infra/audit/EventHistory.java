package io.kine.infra.audit;

import io.kine.infra.messaging.MessageMetadata;
import io.kine.infra.security.UserLogins;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The history of one aggregate, read straight from the event table (the JSON an auditor would
 * query), with each event's changes computed against the state before it.
 */
@Component
public class EventHistory {

    /** Fields that name the record rather than describe it; they never "change". */
    private static final Set<String> IDENTITY_FIELDS = Set.of("patientId", "organizationId");

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final UserLogins logins;

    EventHistory(JdbcClient jdbc, ObjectMapper json, UserLogins logins) {
        this.jdbc = jdbc;
        this.json = json;
        this.logins = logins;
    }

    /** Newest first. */
    public List<HistoryEntry> of(String aggregateIdentifier) {
        List<StoredEvent> events = jdbc.sql("""
                SELECT global_index, sequence_number, payload_type, payload, meta_data, time_stamp
                FROM domain_event_entry WHERE aggregate_identifier = :id ORDER BY sequence_number
                """)
                .param("id", aggregateIdentifier)
                .query(this::stored)
                .list();
        Map<String, String> state = new LinkedHashMap<>();
        Map<String, String> actorNames = new LinkedHashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (StoredEvent event : events) {
            Map<String, String> fields = flatten(event.payload());
            List<HistoryEntry.FieldChange> changes = new ArrayList<>();
            fields.forEach((field, after) -> {
                if (!Objects.equals(state.get(field), after)) {
                    changes.add(new HistoryEntry.FieldChange(field, state.get(field), after));
                }
            });
            if (!fields.isEmpty() && !event.type().endsWith("Registered")) {
                state.keySet().stream().filter(field -> !fields.containsKey(field)).toList()
                        .forEach(field -> changes.add(new HistoryEntry.FieldChange(field, state.get(field), null)));
            }
            if (!fields.isEmpty()) {
                state.clear();
                state.putAll(fields);
            }
            String actor = event.metaData().path(MessageMetadata.ACTOR_ID).asString(null);
            entries.add(new HistoryEntry(event.sequence(), event.globalIndex(), event.occurredAt(), event.type(),
                    actor, actorNames.computeIfAbsent(String.valueOf(actor), this::actorName),
                    event.metaData().path(MessageMetadata.REQUEST_ID).asString(null), changes));
        }
        Collections.reverse(entries);
        return entries;
    }

    private String actorName(String actorId) {
        try {
            UUID id = UUID.fromString(actorId);
            return MessageMetadata.SYSTEM_ACTOR.equals(id) ? "Kine" : logins.displayName(id).orElse(actorId);
        } catch (IllegalArgumentException notAUuid) {
            return actorId;
        }
    }

    /** {@code details.address.city} style keys with text values; the "details." prefix is dropped. */
    private static Map<String, String> flatten(JsonNode payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", payload, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String name = prefix.isEmpty() && "details".equals(field.getKey()) ? "" : prefix + field.getKey();
                if (!IDENTITY_FIELDS.contains(name)) {
                    flatten(name.isEmpty() ? "" : name + ".", field.getValue(), into);
                }
            });
        } else if (!node.isNull() && !prefix.isEmpty()) {
            into.put(prefix.substring(0, prefix.length() - 1), node.isString() ? node.asString() : node.toString());
        }
    }

    private StoredEvent stored(ResultSet row, int rowNumber) throws SQLException {
        String type = row.getString("payload_type");
        return new StoredEvent(row.getLong("global_index"), row.getLong("sequence_number"),
                type.substring(type.lastIndexOf('.') + 1), json.readTree(row.getString("payload")),
                json.readTree(row.getString("meta_data")), Instant.parse(row.getString("time_stamp")));
    }

    private record StoredEvent(long globalIndex, long sequence, String type, JsonNode payload, JsonNode metaData,
            Instant occurredAt) {
    }
}
