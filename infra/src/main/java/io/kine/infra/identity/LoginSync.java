package io.kine.infra.identity;

import io.kine.kernel.identity.InvitationResent;
import io.kine.kernel.identity.RoleGranted;
import io.kine.kernel.identity.RoleRevoked;
import io.kine.kernel.identity.StaffMemberInvited;
import io.kine.kernel.identity.UserDeactivated;
import io.kine.kernel.identity.UserReactivated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the login table follow the accounts' events in the same transaction as the event
 * (a subscribing processor whose errors roll the command back, see {@link IdentityProcessing}):
 * the next login gets the roles granted or revoked, a deactivated person cannot log in, and an
 * invitation gets its link.
 */
@Component
@ProcessingGroup(IdentityProcessing.LOGIN_SYNC)
class LoginSync {

    private final JdbcClient jdbc;
    private final Invitations invitations;

    LoginSync(JdbcClient jdbc, Invitations invitations) {
        this.jdbc = jdbc;
        this.invitations = invitations;
    }

    @EventHandler
    void on(StaffMemberInvited event) {
        invitations.issue(event.userId().value(), event.organizationId().value(), event.email(), event.displayName());
    }

    @EventHandler
    void on(InvitationResent event) {
        jdbc.sql("SELECT display_name FROM identity.invitation WHERE user_id = :userId")
                .param("userId", event.userId().value()).query(String.class).optional()
                .ifPresent(name -> invitations.issue(event.userId().value(), event.organizationId().value(),
                        event.email(), name));
    }

    @EventHandler
    void on(RoleGranted event) {
        jdbc.sql("""
                UPDATE identity.user_login SET roles = ARRAY(SELECT DISTINCT unnest(roles || :role::text) ORDER BY 1)
                WHERE user_id = :userId
                """)
                .param("role", event.role().name()).param("userId", event.userId().value()).update();
    }

    @EventHandler
    void on(RoleRevoked event) {
        jdbc.sql("UPDATE identity.user_login SET roles = array_remove(roles, :role::text) WHERE user_id = :userId")
                .param("role", event.role().name()).param("userId", event.userId().value()).update();
    }

    @EventHandler
    void on(UserDeactivated event) {
        setEnabled(event.userId().value(), false);
    }

    @EventHandler
    void on(UserReactivated event) {
        setEnabled(event.userId().value(), true);
    }

    private void setEnabled(java.util.UUID userId, boolean enabled) {
        jdbc.sql("UPDATE identity.user_login SET enabled = :enabled WHERE user_id = :userId")
                .param("enabled", enabled).param("userId", userId).update();
    }
}
