package io.kine.infra.web;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON merge patch (RFC 7396) of a record: the patch's fields over the current values. */
public final class MergePatch {

    private MergePatch() {
    }

    public static <T> T apply(ObjectMapper json, T current, JsonNode patch, Class<T> type) {
        if (!patch.isObject()) {
            throw new InvalidRequest("body", "validation.jsonObject");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        // unknown fields fail here, exactly as they do on POST
        return json.treeToValue(merged, type);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
