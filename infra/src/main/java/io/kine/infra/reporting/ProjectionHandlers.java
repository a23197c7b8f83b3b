package io.kine.infra.reporting;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * New instances of a processing group's event handler classes, built with the given
 * {@link JdbcClient} (and the application's beans for any other constructor argument), so the
 * same projection code can fill shadow tables.
 */
@Component
class ProjectionHandlers {

    private final ApplicationContext context;

    ProjectionHandlers(ApplicationContext context) {
        this.context = context;
    }

    List<Object> freshCopies(String processingGroup, JdbcClient jdbc) {
        List<Object> copies = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = type.getAnnotation(ProcessingGroup.class);
            if (group != null && group.value().equals(processingGroup)) {
                copies.add(instantiate(type, jdbc));
            }
        }
        if (copies.isEmpty()) {
            throw new UnknownProjection(processingGroup);
        }
        return copies;
    }

    private Object instantiate(Class<?> type, JdbcClient jdbc) {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        Class<?>[] parameters = constructor.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = parameters[i] == JdbcClient.class ? jdbc : context.getBean(parameters[i]);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot build a copy of " + type.getName(), e);
        }
    }
}
