package io.kine.infra.messaging;

import static io.kine.infra.messaging.MessageMetadata.*;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the actor, permission and correlation rules on the command and query buses. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /** Axon's own correlation and trace ids. Declared here because declaring any provider replaces the default. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies who, for which organization and in which request onto every event a command causes. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR_ID, ACTOR_ROLES, ORGANIZATION_ID, REQUEST_ID, CLIENT_ADDRESS,
                TOKEN_ID);
    }

    @Bean
    InitializingBean busInterceptors(CommandBus commandBus, QueryBus queryBus) {
        return () -> {
            commandBus.registerDispatchInterceptor(new ActorMetadataInterceptor<CommandMessage<?>>());
            commandBus.registerHandlerInterceptor(new PermissionInterceptor<CommandMessage<?>>());
            queryBus.registerDispatchInterceptor(new ActorMetadataInterceptor<QueryMessage<?, ?>>());
            queryBus.registerHandlerInterceptor(new PermissionInterceptor<QueryMessage<?, ?>>());
        };
    }
}
