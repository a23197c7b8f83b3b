package io.kine.infra.reporting;

import io.kine.infra.messaging.MessageMetadata;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.MetaDataSequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The KPI projection recomputes shared rows (a practitioner's day) from the facts, so two
 * events of one organization must never be handled at the same time by two segments: its
 * events are sequenced by organization instead of by aggregate.
 */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    static final String KPI_GROUP = "kpi";

    @Bean
    ConfigurerModule kpiSequencing() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(KPI_GROUP,
                configuration -> MetaDataSequencingPolicy.builder().metaDataKey(MessageMetadata.ORGANIZATION_ID).build());
    }
}
