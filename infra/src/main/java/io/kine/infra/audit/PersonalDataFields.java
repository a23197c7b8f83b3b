package io.kine.infra.audit;

import io.kine.kernel.DataSubject;
import io.kine.kernel.PersonalData;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields of an event class hold personal data ({@link PersonalData}, also inside nested
 * records) and which field names the patient ({@link DataSubject}). Read once per class.
 */
final class PersonalDataFields {

    /** A class's plan: the subject field's JSON name and the paths of its personal fields. */
    record Plan(String subjectField, List<FieldPath> paths) {
    }

    /** Field names from the event's root to a personal field, and that field's Java type. */
    record FieldPath(List<String> names, Class<?> type) {
    }

    private static final Map<Class<?>, Optional<Plan>> PLANS = new ConcurrentHashMap<>();

    private PersonalDataFields() {
    }

    static Optional<Plan> planFor(Class<?> type) {
        return PLANS.computeIfAbsent(type, PersonalDataFields::plan);
    }

    private static Optional<Plan> plan(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        List<FieldPath> paths = new ArrayList<>();
        collect(type, List.of(), paths, 0);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        String subject = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " has @PersonalData fields but no @DataSubject field");
        }
        return Optional.of(new Plan(subject, List.copyOf(paths)));
    }

    private static void collect(Class<?> type, List<String> prefix, List<FieldPath> into, int depth) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            if (component.isAnnotationPresent(PersonalData.class)) {
                into.add(new FieldPath(List.copyOf(path), component.getType()));
            } else if (component.getType().isRecord() && depth < 4) {
                collect(component.getType(), path, into, depth + 1);
            }
        }
    }
}
