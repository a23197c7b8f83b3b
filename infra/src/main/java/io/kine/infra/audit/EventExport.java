package io.kine.infra.audit;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kine.infra.messaging.MessageMetadata;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Streams the filtered history as NDJSON (one event per line), CSV (RFC 4180) or FHIR R4
 * AuditEvent resources (NDJSON, as FHIR bulk data). Rows come through a database cursor and
 * go straight to the response, so any size exports in constant memory. Personal data is
 * opened for the auditor (who may read patients); erased data stays "[erased]".
 */
@Component
public class EventExport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV_HEADER = "global_index,event_identifier,occurred_at,aggregate_type,aggregate_identifier,"
            + "sequence_number,event_type,payload_revision,actor_id,actor_name,request_id,payload,meta_data\r\n";

    private final AuditEvents events;
    private final EventHistory history;
    private final FhirAuditEvents fhir;

    EventExport(AuditEvents events, EventHistory history, FhirAuditEvents fhir) {
        this.events = events;
        this.history = history;
        this.fhir = fhir;
    }

    public void write(EventFilter filter, ExportFormat format, OutputStream out) throws IOException {
        Map<String, String> actorNames = new HashMap<>();
        try {
            switch (format) {
                case CSV -> {
                    Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
                    writer.write(CSV_HEADER);
                    events.stream(filter, event -> csv(writer, event, actorNames));
                    writer.flush();
                }
                case NDJSON, FHIR -> {
                    JsonGenerator json = new JsonFactory(JSON).createGenerator(out, JsonEncoding.UTF8);
                    json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                    events.stream(filter, event -> line(json, event, format, actorNames));
                    json.writeRaw('\n');
                    json.flush();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void line(JsonGenerator json, CanonicalEvent event, ExportFormat format, Map<String, String> names) {
        try {
            JsonNode meta = JSON.readTree(event.metaData());
            String actor = meta.path(MessageMetadata.ACTOR_ID).asText(null);
            String actorName = names.computeIfAbsent(String.valueOf(actor), history::actorName);
            JsonNode payload = history.payload(event);
            if (format == ExportFormat.FHIR) {
                JSON.writeTree(json, fhir.auditEvent(event, meta, payload, actorName));
            } else {
                json.writeStartObject();
                json.writeNumberField("globalIndex", event.globalIndex());
                json.writeStringField("eventIdentifier", event.eventIdentifier());
                json.writeStringField("occurredAt", java.time.Instant.parse(event.timeStamp()).toString());
                json.writeStringField("aggregateType", event.aggregateType());
                json.writeStringField("aggregateIdentifier", event.aggregateIdentifier());
                json.writeNumberField("sequenceNumber", event.sequenceNumber());
                json.writeStringField("eventType", EventHistory.simpleName(event.payloadType()));
                json.writeStringField("payloadRevision", event.payloadRevision());
                json.writeStringField("actorId", actor);
                json.writeStringField("actorName", actorName);
                json.writeStringField("requestId", meta.path(MessageMetadata.REQUEST_ID).asText(null));
                json.writeFieldName("payload");
                JSON.writeTree(json, payload);
                json.writeFieldName("metaData");
                JSON.writeTree(json, meta);
                json.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csv(Writer writer, CanonicalEvent event, Map<String, String> names) {
        try {
            JsonNode meta = JSON.readTree(event.metaData());
            String actor = meta.path(MessageMetadata.ACTOR_ID).asText(null);
            String[] cells = {Long.toString(event.globalIndex()), event.eventIdentifier(),
                    java.time.Instant.parse(event.timeStamp()).toString(), event.aggregateType(),
                    event.aggregateIdentifier(), Long.toString(event.sequenceNumber()),
                    EventHistory.simpleName(event.payloadType()), event.payloadRevision(), actor,
                    names.computeIfAbsent(String.valueOf(actor), history::actorName),
                    meta.path(MessageMetadata.REQUEST_ID).asText(null), history.payload(event).toString(),
                    event.metaData()};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(csvCell(cells[i]));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting, and a leading quote mark for cells a spreadsheet would run as a formula. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
