package io.kine.infra.identity;

import io.kine.infra.notifications.StaffMails;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitation links in {@code identity.invitation}. A link is issued when an invitation is
 * recorded or resent, inside that command's transaction; the mail leaves once it has committed,
 * so nobody receives a link to an invitation that was rolled back.
 */
@Component
class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final StaffMails mails;
    private final Clock clock;

    Invitations(JdbcClient jdbc, StaffMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.clock = clock;
    }

    /** A new link for the invitee; any earlier link of theirs stops working. */
    void issue(UUID userId, UUID organizationId, String email, String displayName) {
        String token = Tokens.newToken();
        jdbc.sql("""
                INSERT INTO identity.invitation (user_id, organization_id, email, display_name, token_hash, expires_at)
                VALUES (:userId, :organizationId, :email, :displayName, :hash, :expiresAt)
                ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at
                """)
                .param("userId", userId)
                .param("organizationId", organizationId)
                .param("email", email)
                .param("displayName", displayName)
                .param("hash", Tokens.hash(token))
                .param("expiresAt", Timestamp.from(clock.instant().plus(VALIDITY)))
                .update();
        Runnable send = () -> mails.sendInvitation(email, displayName, organizationId, token);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> send.run());
        } else {
            send.run();
        }
    }

    /** The invitation a link stands for, if it is unused and not expired. */
    Optional<PendingInvitation> pending(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT user_id, organization_id, email, display_name FROM identity.invitation
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", Tokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> new PendingInvitation(row.getObject("user_id", UUID.class),
                        row.getObject("organization_id", UUID.class), row.getString("email"),
                        row.getString("display_name")))
                .optional();
    }

    boolean emailPending(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.invitation WHERE email = :email AND used_at IS NULL)")
                .param("email", email).query(Boolean.class).single();
    }

    /** Marks the link used; false if someone used it first (two tabs, a double click). */
    boolean use(UUID userId, Instant at) {
        return jdbc.sql("UPDATE identity.invitation SET used_at = :at WHERE user_id = :userId AND used_at IS NULL")
                .param("userId", userId).param("at", Timestamp.from(at)).update() == 1;
    }

    record PendingInvitation(UUID userId, UUID organizationId, String email, String displayName) {
    }
}
