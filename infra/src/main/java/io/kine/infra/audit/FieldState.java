package io.kine.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A record's state as flat fields ({@code address.city}), rebuilt by merging its events in
 * order: an event states the fields it carries (a null clears one), fields it does not carry
 * keep their value. This works for events carrying the whole state (patient details) and for
 * those carrying a part (a reschedule), so every feature's history reads the same way.
 */
final class FieldState {

    /** Fields naming the record or its organization: they identify, they never "change". */
    private static final Set<String> IDENTITY_FIELDS = Set.of("organizationId");

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final String aggregateIdentifier;

    FieldState(String aggregateIdentifier) {
        this.aggregateIdentifier = aggregateIdentifier;
    }

    /** Applies the event's payload and answers what it changed. */
    List<HistoryEntry.FieldChange> apply(JsonNode payload) {
        Map<String, String> carried = new LinkedHashMap<>();
        flatten("", payload, carried, true);
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        carried.forEach((field, after) -> {
            String before = fields.get(field);
            if (!Objects.equals(before, after)) {
                changes.add(new HistoryEntry.FieldChange(field, before, after));
            }
            if (after == null) {
                fields.remove(field);
            } else {
                fields.put(field, after);
            }
        });
        return changes;
    }

    Map<String, String> fields() {
        return Map.copyOf(fields);
    }

    /** Keys like {@code address.city}; the wrapper object {@code details} is dropped. */
    private void flatten(String prefix, JsonNode node, Map<String, String> into, boolean root) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String name = root && "details".equals(field.getKey()) ? "" : prefix + field.getKey();
                if (root && isIdentity(field.getKey(), field.getValue())) {
                    return;
                }
                if (isMoney(field.getValue())) {
                    into.put(name, money(field.getValue()));
                } else if (field.getValue().isObject()) {
                    flatten(name.isEmpty() ? "" : name + ".", field.getValue(), into, name.isEmpty());
                } else {
                    into.put(name, field.getValue().isNull() ? null : text(field.getValue()));
                }
            });
        }
    }

    /** An amount reads as one value ("12.50 EUR"), not as two fields. */
    private static boolean isMoney(JsonNode value) {
        return value.isObject() && value.size() == 2 && value.has("amount") && value.has("currency");
    }

    /** "40.00 EUR": the JSON number lost its trailing zeros, the currency's minor unit gives them back. */
    private static String money(JsonNode value) {
        String currency = value.path("currency").asText();
        java.math.BigDecimal amount;
        try {
            amount = new java.math.BigDecimal(value.path("amount").asText());
        } catch (NumberFormatException notANumber) {
            return value.path("amount").asText() + " " + currency;
        }
        try {
            int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            amount = digits < 0 ? amount : amount.setScale(digits, java.math.RoundingMode.HALF_UP);
        } catch (IllegalArgumentException unknownCurrency) {
            // shown as stored
        }
        return amount.toPlainString() + " " + currency;
    }

        private boolean isIdentity(String field, JsonNode value) {
        return IDENTITY_FIELDS.contains(field) || value.isTextual() && value.asText().equals(aggregateIdentifier);
    }

    /** Lists read as their items ("PAIN 6; MOBILITY 40"), not as JSON; other values as stored. */
    private static String text(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isArray() && !value.isEmpty()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() && !isMoney(item) ? values(item) : scalar(item)));
            return String.join("; ", items);
        }
        return value.toString();
    }

    private static String values(JsonNode object) {
        List<String> parts = new ArrayList<>();
        object.forEach(part -> {
            if (!part.isNull()) {
                parts.add(scalar(part));
            }
        });
        return String.join(" ", parts);
    }

    private static String scalar(JsonNode value) {
        return isMoney(value) ? money(value) : value.isTextual() ? value.asText() : value.toString();
    }
}
