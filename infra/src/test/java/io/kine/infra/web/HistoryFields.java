package io.kine.infra.web;

import io.kine.kernel.billing.Money;
import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * The field names a History tab shows for an event type, computed like the audit's FieldState
 * flattens the stored JSON: nested records become {@code outer.inner}, typed ids and amounts
 * are one value, the wrapper {@code details} is dropped and {@code organizationId} never shows.
 */
final class HistoryFields {

    private HistoryFields() {
    }

    static void of(Class<?> type, String prefix, Set<String> into) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            if (prefix.isEmpty() && "organizationId".equals(name)) {
                continue;
            }
            String path = prefix.isEmpty() && "details".equals(name) ? "" : prefix + name;
            Class<?> value = component.getType();
            if (value.isRecord() && !isOneValue(value) && value != type) {
                of(value, path.isEmpty() ? "" : path + ".", into);
            } else {
                into.add(path);
            }
        }
    }

    /** Typed ids serialize as their UUID and money as "12.50 EUR". */
    private static boolean isOneValue(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return type == Money.class || components.length == 1 && "value".equals(components[0].getName());
    }
}
