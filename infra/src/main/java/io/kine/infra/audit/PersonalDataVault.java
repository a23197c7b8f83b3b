package io.kine.infra.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Seals and opens the personal fields of an event's JSON tree with the patient's key. Opening
 * a field whose key was destroyed gives {@value #ERASED} for text (and for each text part of a
 * nested record), and null for other types, so the event still deserializes and projections
 * still run.
 */
public final class PersonalDataVault {

    public static final String ERASED = "[erased]";

    private final SubjectKeys keys;
    private final ObjectMapper mapper;

    public PersonalDataVault(SubjectKeys keys, ObjectMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    boolean hasPersonalData(Class<?> type) {
        return PersonalDataFields.planFor(type).isPresent();
    }

    /** Replaces each personal field of {@code event} (the tree of an instance of {@code type}) by its sealed form. */
    void seal(Class<?> type, ObjectNode event) {
        PersonalDataFields.Plan plan = PersonalDataFields.planFor(type).orElseThrow();
        JsonNode subjectNode = event.get(plan.subjectField());
        if (subjectNode == null || subjectNode.isNull()) {
            return;
        }
        UUID subject = UUID.fromString(subjectNode.asText());
        SecretKey key = null;
        for (PersonalDataFields.FieldPath path : plan.paths()) {
            ObjectNode parent = parent(event, path.names());
            String name = path.names().get(path.names().size() - 1);
            JsonNode value = parent == null ? null : parent.get(name);
            if (value != null && !value.isNull() && !(value.isTextual() && PersonalDataCipher.isSealed(value.asText()))) {
                key = key == null ? keys.keyFor(subject) : key;
                parent.put(name, PersonalDataCipher.seal(subject, key, write(value)));
            }
        }
    }

    /** Opens each sealed personal field of {@code event} in place, typed for {@code type}. */
    void open(Class<?> type, ObjectNode event) {
        for (PersonalDataFields.FieldPath path : PersonalDataFields.planFor(type).orElseThrow().paths()) {
            ObjectNode parent = parent(event, path.names());
            String name = path.names().get(path.names().size() - 1);
            JsonNode value = parent == null ? null : parent.get(name);
            if (value != null && value.isTextual() && PersonalDataCipher.isSealed(value.asText())) {
                parent.set(name, opened(value.asText()).orElseGet(() -> erased(path.type())));
            }
        }
    }

    /**
     * The stored JSON with every sealed value opened, or {@value #ERASED} where the key is gone;
     * for reading events as JSON (history, export) without their Java types.
     */
    public String reveal(String json) {
        if (json == null || !json.contains(PersonalDataCipher.PREFIX)) {
            return json;
        }
        try {
            return mapper.writeValueAsString(reveal(mapper.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse", e);
        }
    }

    private JsonNode reveal(JsonNode node) {
        if (node.isTextual() && PersonalDataCipher.isSealed(node.asText())) {
            return opened(node.asText()).orElse(JsonNodeFactory.instance.textNode(ERASED));
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(reveal(field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, reveal(node.get(i)));
            }
        }
        return node;
    }

    private Optional<JsonNode> opened(String sealed) {
        return keys.liveKey(PersonalDataCipher.subjectOf(sealed)).map(key -> {
            try {
                return mapper.readTree(PersonalDataCipher.open(sealed, key));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("opened personal data is not JSON", e);
            }
        });
    }

    private static JsonNode erased(Class<?> type) {
        if (type == String.class) {
            return JsonNodeFactory.instance.textNode(ERASED);
        }
        if (type.isRecord()) {
            ObjectNode parts = JsonNodeFactory.instance.objectNode();
            for (RecordComponent component : type.getRecordComponents()) {
                parts.set(component.getName(), erased(component.getType()));
            }
            return parts;
        }
        return JsonNodeFactory.instance.nullNode();
    }

    private static ObjectNode parent(ObjectNode root, List<String> names) {
        JsonNode node = root;
        for (String name : names.subList(0, names.size() - 1)) {
            node = node.get(name);
            if (node == null || !node.isObject()) {
                return null;
            }
        }
        return (ObjectNode) node;
    }

    private String write(JsonNode value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
