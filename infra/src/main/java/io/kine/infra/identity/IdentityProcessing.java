package io.kine.infra.identity;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The login table must change in the same transaction as the account's events, or a revoked
 * role could still log in. Its handlers therefore run in a subscribing processor (in the
 * command's thread and transaction) whose errors propagate and roll the command back, instead
 * of Axon's default of logging and carrying on.
 */
@Configuration(proxyBeanMethods = false)
class IdentityProcessing {

    static final String LOGIN_SYNC = "login-sync";

    @Bean
    ConfigurerModule loginSyncProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(LOGIN_SYNC)
                .registerListenerInvocationErrorHandler(LOGIN_SYNC, configuration -> PropagatingErrorHandler.instance());
    }
}
