package io.kine.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kine.infra.messaging.MessageMetadata;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * One event as a FHIR R4 AuditEvent: type (DICOM "Patient Record" for patients, the FHIR
 * "rest" operation otherwise), subtype the Kine event type, action C/U/D from the event's
 * name, recorded time, success outcome, the acting person (with roles and client address),
 * the organization as source site, and the record as entity with the request id and the event
 * payload as details.
 */
@Component
class FhirAuditEvents {

    static final String KINE = "https://kine.io/fhir/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode auditEvent(CanonicalEvent event, JsonNode meta, JsonNode payload, String actorName) {
        String eventType = EventHistory.simpleName(event.payloadType());
        ObjectNode audit = NODES.objectNode();
        audit.put("resourceType", "AuditEvent");
        audit.put("id", event.eventIdentifier());
        boolean patient = "Patient".equals(event.aggregateType());
        audit.set("type", patient
                ? coding("http://dicom.nema.org/resources/ontology/DCM", "110110", "Patient Record")
                : coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"));
        audit.set("subtype", NODES.arrayNode().add(coding(KINE + "event-type", eventType, eventType)));
        audit.put("action", action(eventType));
        audit.put("recorded", Instant.parse(event.timeStamp()).toString());
        audit.put("outcome", "0");
        ObjectNode agent = NODES.objectNode();
        ObjectNode who = agent.putObject("who");
        who.putObject("identifier").put("system", KINE + "user").put("value", meta.path(MessageMetadata.ACTOR_ID).asText());
        who.put("display", actorName);
        agent.put("requestor", true);
        ArrayNode roles = agent.putArray("role");
        for (String role : meta.path(MessageMetadata.ACTOR_ROLES).asText("").split(",")) {
            if (!role.isBlank()) {
                roles.addObject().put("text", role);
            }
        }
        if (meta.hasNonNull(MessageMetadata.CLIENT_ADDRESS)) {
            agent.putObject("network").put("address", meta.get(MessageMetadata.CLIENT_ADDRESS).asText()).put("type", "2");
        }
        audit.set("agent", NODES.arrayNode().add(agent));
        ObjectNode source = audit.putObject("source");
        source.put("site", meta.path(MessageMetadata.ORGANIZATION_ID).asText());
        source.putObject("observer").put("display", "Kine");
        ObjectNode entity = NODES.objectNode();
        ObjectNode what = entity.putObject("what");
        if (patient) {
            what.put("reference", "Patient/" + event.aggregateIdentifier());
        }
        what.putObject("identifier").put("system", KINE + String.valueOf(event.aggregateType()))
                .put("value", event.aggregateIdentifier());
        entity.set("type", coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object"));
        ArrayNode details = entity.putArray("detail");
        details.addObject().put("type", "sequenceNumber").put("valueString", Long.toString(event.sequenceNumber()));
        details.addObject().put("type", "requestId").put("valueString", meta.path(MessageMetadata.REQUEST_ID).asText());
        details.addObject().put("type", "payload").put("valueString", payload.toString());
        audit.set("entity", NODES.arrayNode().add(entity));
        return audit;
    }

    /** C for what starts a record, D for what ends or erases it, U for the rest. */
    static String action(String eventType) {
        if (eventType.endsWith("Registered") || eventType.endsWith("Created") || eventType.endsWith("Scheduled")
                || eventType.endsWith("Opened") || eventType.endsWith("Defined") || eventType.endsWith("Invited")
                || eventType.endsWith("Added")) {
            return "C";
        }
        if (eventType.endsWith("Erased") || eventType.endsWith("Removed") || eventType.endsWith("Deleted")) {
            return "D";
        }
        return "U";
    }

    private static ObjectNode coding(String system, String code, String display) {
        return NODES.objectNode().put("system", system).put("code", code).put("display", display);
    }
}
