package io.kine.infra.audit;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The event types (records with {@code @Revision} in the shared kernel) and record types
 * (aggregates) Kine knows, by simple name, for the browser's filters. Filtering by the full
 * {@code payload_type} keeps the query on its index.
 */
@Component
public class EventTypes {

    private final SortedMap<String, String> events = new TreeMap<>();
    private final SortedSet<String> aggregates = new TreeSet<>();

    EventTypes() {
        scan("io.kine.kernel", Revision.class).forEach(type -> events.put(simple(type), type));
        scan("io.kine.command", Aggregate.class).forEach(type -> aggregates.add(simple(type)));
    }

    public SortedSet<String> eventNames() {
        return new TreeSet<>(events.keySet());
    }

    public SortedSet<String> aggregateNames() {
        return new TreeSet<>(aggregates);
    }

    Optional<String> payloadType(String simpleName) {
        return Optional.ofNullable(events.get(simpleName));
    }

    boolean isAggregate(String simpleName) {
        return aggregates.contains(simpleName);
    }

    private static java.util.List<String> scan(String base, Class<? extends java.lang.annotation.Annotation> marker) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(marker));
        return scanner.findCandidateComponents(base).stream().map(BeanDefinition::getBeanClassName).toList();
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    Map<String, String> all() {
        return Map.copyOf(events);
    }
}
