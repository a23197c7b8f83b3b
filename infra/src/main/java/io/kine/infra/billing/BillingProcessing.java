package io.kine.infra.billing;

import io.kine.kernel.patients.PatientId;
import java.lang.reflect.Method;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The "billing" projection handles the events of a patient's invoices and of their credit
 * account one at a time, in order, whatever segment claims them: the patient's balance is
 * recomputed from both after each event, and two segments writing it at once could each miss
 * the other's change. Events without a patient (catalog, settings) keep per-aggregate order.
 * Scheduling is on for the daily dunning run ({@link DunningRun}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BillingProcessing {

    static final String PROJECTION = "billing";

    @Bean
    ConfigurerModule billingSequencing() {
        SequentialPerAggregatePolicy perAggregate = SequentialPerAggregatePolicy.instance();
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(PROJECTION,
                configuration -> (EventMessage<?> event) -> {
                    Object patient = patientOf(event.getPayload());
                    return patient != null ? patient : perAggregate.getSequenceIdentifierFor(event);
                });
    }

    private static Object patientOf(Object payload) {
        try {
            Method accessor = payload.getClass().getMethod("patientId");
            return accessor.getReturnType() == PatientId.class ? accessor.invoke(payload) : null;
        } catch (ReflectiveOperationException none) {
            return null;
        }
    }
}
