package io.kine.infra.identity;

import io.kine.kernel.identity.UserDeactivated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * A deactivated person is logged out everywhere at once: their sessions are deleted from the
 * session store (indexed by login e-mail), not left to run until they expire. This happens once
 * the deactivation has committed, so a rolled-back command logs nobody out.
 */
@Component
@ProcessingGroup(IdentityProcessing.LOGIN_SYNC)
class DeactivatedSessions {

    private final JdbcClient jdbc;
    private final FindByIndexNameSessionRepository<?> sessions;

    DeactivatedSessions(JdbcClient jdbc, FindByIndexNameSessionRepository<?> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @EventHandler
    void on(UserDeactivated event) {
        jdbc.sql("SELECT email FROM identity.user_login WHERE user_id = :userId")
                .param("userId", event.userId().value()).query(String.class).optional()
                .ifPresent(email -> afterCommit(() -> endSessionsOf(email)));
    }

    private void endSessionsOf(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }

    private static void afterCommit(Runnable action) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> action.run());
        } else {
            action.run();
        }
    }
}
