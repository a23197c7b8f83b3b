package io.kine.infra.config;

import io.kine.infra.audit.ChainLinks;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Where Axon keeps everything: PostgreSQL, in the tables of {@code V001__event_store.sql}.
 *
 * <p>Under Spring Boot 4, Axon's own JDBC and transaction auto-configuration does not apply
 * and the application would silently run without a transaction manager and without a JDBC
 * event store. Each piece is therefore declared here; {@code AxonWiringTest} fails if one
 * goes missing.
 */
@Configuration(proxyBeanMethods = false)
class AxonStorage {

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index").timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number").typeColumn("type")
            .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
            .payloadColumn("payload").metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
            .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("time_stamp")
            .setOwnerColumn("owner")
            .build();

    static final SagaSchema SAGA_SCHEMA = SagaSchema.builder()
            .sagaEntryTable("saga_entry").associationValueEntryTable("association_value_entry")
            .sagaIdColumn("saga_id").sagaTypeColumn("saga_type").revisionColumn("revision")
            .serializedSagaColumn("serialized_saga").associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

    static final DeadLetterSchema DEAD_LETTER_SCHEMA = DeadLetterSchema.builder()
            .deadLetterTable("dead_letter_entry").deadLetterIdentifierColumn("dead_letter_identifier")
            .processingGroupColumn("processing_group").sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index").messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier").timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
            .payloadColumn("payload").metaDataColumn("meta_data").aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type").tokenColumn("token").enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched").processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type").causeMessageColumn("cause_message").diagnosticsColumn("diagnostics")
            .build();

    /** PostgreSQL's unique_violation: a reused aggregate id or a concurrent append to one aggregate. */
    static final PersistenceExceptionResolver DUPLICATE_KEY = exception -> {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    };

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /** Connections join the Spring transaction, so events and consistency rows commit together. */
    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer, ConnectionProvider connections,
            TransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(EVENT_SCHEMA)
                // payload and meta_data are text columns holding JSON
                .dataType(String.class)
                .persistenceExceptionResolver(DUPLICATE_KEY)
                .upcasterChain(EventUpcasters.chain())
                .build();
    }

    @Bean
    TokenStore tokenStore(Serializer serializer, ConnectionProvider connections) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(Serializer serializer, ConnectionProvider connections) {
        return JdbcSagaStore.builder()
                .connectionProvider(connections)
                .sqlSchema(new PostgresSagaSqlSchema(SAGA_SCHEMA))
                .serializer(serializer)
                .build();
    }

    /**
     * Projections never stop on one bad event: it is parked in dead_letter_entry with its cause.
     * The hash chain is the exception: skipping an event would leave a hole, so it has no queue.
     */
    @Bean
    ConfigurerModule deadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
            Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> configurer.eventProcessing().registerDeadLetterQueueProvider(
                processingGroup -> ChainLinks.PROCESSING_GROUP.equals(processingGroup) ? null
                        : configuration -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(DEAD_LETTER_SCHEMA)
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build());
    }

    /**
     * Projections run as pooled streaming processors: replayable, split into segments that
     * several nodes claim through the token store, and batched (batch size was the biggest
     * replay lever measured).
     */
    @Bean
    ConfigurerModule projectionProcessors(@Value("${kine.projections.batch-size:100}") int batchSize,
            @Value("${kine.projections.segments:2}") int segments) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.batchSize(batchSize).initialSegmentCount(segments));
    }

    @Bean
    SnapshotTriggerDefinition patientSnapshotTrigger(Snapshotter snapshotter,
            @Value("${kine.snapshots.patient-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
