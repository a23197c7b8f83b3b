package io.kine.infra.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kine.infra.messaging.MessageMetadata;
import io.kine.infra.security.UserLogins;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of records, read straight from the event table (the JSON an auditor would
 * query), each event's changes computed against the record's state before it. Used by every
 * History tab, the event browser and the state-as-of view.
 */
@Component
public class EventHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Display names change rarely and a page names the same few people over and over. */
    private static final java.time.Duration NAME_CACHE = java.time.Duration.ofMinutes(1);

    private final Map<String, CachedName> names = new java.util.concurrent.ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final UserLogins logins;
    private final PersonalDataVault vault;

    EventHistory(JdbcClient jdbc, UserLogins logins, SubjectKeys keys) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.vault = new PersonalDataVault(keys, JSON);
    }

    /** Every event of one record, newest first. */
    public List<HistoryEntry> of(String aggregateIdentifier) {
        List<HistoryEntry> entries = render(events(List.of(aggregateIdentifier), Long.MAX_VALUE), null);
        Collections.reverse(entries);
        return entries;
    }

    /** Every event of one record of the organization, newest first; empty when it is not theirs. */
    public List<HistoryEntry> of(UUID organization, String aggregateIdentifier) {
        return belongsTo(organization, aggregateIdentifier) ? of(aggregateIdentifier) : List.of();
    }

    /** The record as it was at {@code at}, rebuilt from its events up to then. */
    public Optional<RecordState> asOf(UUID organization, String aggregateIdentifier, Instant at) {
        if (!belongsTo(organization, aggregateIdentifier)) {
            return Optional.empty();
        }
        FieldState state = new FieldState(aggregateIdentifier);
        CanonicalEvent last = null;
        int count = 0;
        for (CanonicalEvent event : events(List.of(aggregateIdentifier), Long.MAX_VALUE)) {
            if (Instant.parse(event.timeStamp()).isAfter(at)) {
                break;
            }
            state.apply(payload(event));
            last = event;
            count++;
        }
        return Optional.of(new RecordState(aggregateIdentifier, at, last == null ? null : last.aggregateType(),
                last == null ? null : simpleName(last.payloadType()),
                last == null ? null : Instant.parse(last.timeStamp()), count, new java.util.TreeMap<>(state.fields())));
    }

    /** The browser's page: each event with its changes, in the page's order. */
    List<HistoryEntry> renderPage(List<CanonicalEvent> page) {
        Map<String, Long> upTo = new HashMap<>();
        page.forEach(e -> upTo.merge(e.aggregateIdentifier(), e.sequenceNumber(), Math::max));
        long highest = upTo.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<Long, HistoryEntry> byIndex = new HashMap<>();
        render(events(upTo.keySet(), highest), upTo).forEach(entry -> byIndex.put(entry.globalIndex(), entry));
        return page.stream().map(e -> byIndex.get(e.globalIndex())).toList();
    }

    private boolean belongsTo(UUID organization, String aggregateIdentifier) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = :id
                               AND sequence_number = 0 AND meta_data::jsonb ->> 'organizationId' = :org)
                """)
                .param("id", aggregateIdentifier).param("org", organization.toString()).query(Boolean.class).single();
    }

    private List<CanonicalEvent> events(Collection<String> aggregates, long maxSequence) {
        if (aggregates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + CanonicalEvent.COLUMNS + " FROM domain_event_entry "
                        + "WHERE aggregate_identifier IN (:ids) AND sequence_number <= :max "
                        + "ORDER BY aggregate_identifier, sequence_number")
                .param("ids", aggregates).param("max", maxSequence)
                .query((row, n) -> CanonicalEvent.from(row)).list();
    }

    /** Entries oldest first per record; {@code keepUpTo} limits each record to the sequence shown. */
    private List<HistoryEntry> render(List<CanonicalEvent> events, Map<String, Long> keepUpTo) {
        Map<String, FieldState> states = new LinkedHashMap<>();
        Map<String, String> actorNames = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (CanonicalEvent event : events) {
            if (keepUpTo != null && event.sequenceNumber() > keepUpTo.get(event.aggregateIdentifier())) {
                continue;
            }
            List<HistoryEntry.FieldChange> changes = states
                    .computeIfAbsent(event.aggregateIdentifier(), FieldState::new).apply(payload(event));
            JsonNode meta = tree(event.metaData());
            String actor = meta.path(MessageMetadata.ACTOR_ID).asText(null);
            entries.add(new HistoryEntry(event.sequenceNumber(), event.globalIndex(), Instant.parse(event.timeStamp()),
                    simpleName(event.payloadType()), actor,
                    actorNames.computeIfAbsent(String.valueOf(actor), this::actorName),
                    meta.path(MessageMetadata.REQUEST_ID).asText(null), changes, event.aggregateType(),
                    event.aggregateIdentifier(), event.eventIdentifier()));
        }
        return entries;
    }

    JsonNode payload(CanonicalEvent event) {
        return tree(vault.reveal(event.payload()));
    }

    String actorName(String actorId) {
        CachedName cached = names.get(actorId);
        Instant now = Instant.now();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.name();
        }
        if (names.size() > 10_000) {
            names.clear();
        }
        String name = lookUpName(actorId);
        names.put(actorId, new CachedName(name, now.plus(NAME_CACHE)));
        return name;
    }

    private record CachedName(String name, Instant until) {
    }

    private String lookUpName(String actorId) {
        try {
            UUID id = UUID.fromString(actorId);
            return MessageMetadata.SYSTEM_ACTOR.equals(id) ? "Kine" : logins.displayName(id).orElse(actorId);
        } catch (IllegalArgumentException notAUuid) {
            return actorId;
        }
    }

    static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event JSON does not parse", e);
        }
    }

    /** A record's fields as they were at {@code at}, after {@code events} events, the last of type {@code lastEvent}. */
    public record RecordState(String aggregateIdentifier, Instant at, String aggregateType, String lastEvent,
            Instant lastEventAt, int events, Map<String, String> fields) {
    }
}
