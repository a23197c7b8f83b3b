package io.kine.infra.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hash chain's processor: one segment (a single writer, so links follow one order) and a
 * propagating error handler, so a failure rolls the batch back and is retried instead of
 * being logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
class AuditProcessing {

    @Bean
    ConfigurerModule hashChainProcessing(@Value("${kine.audit.chain-batch-size:200}") int batchSize) {
        return configurer -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(ChainLinks.PROCESSING_GROUP,
                        (configuration, builder) -> builder.initialSegmentCount(1).batchSize(batchSize))
                .registerListenerInvocationErrorHandler(ChainLinks.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }
}
