package io.kine.infra.identity;

import io.kine.infra.notifications.StaffMails;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.PasswordChangeKind;
import io.kine.kernel.identity.RecordPasswordChange;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten passwords: a single-use link, valid one hour, mailed to the login's address. Only
 * the link's hash is kept ({@code identity.password_reset}). Whether an address has a login is
 * never told to whoever asks: the answer is the same either way.
 */
@Component
class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final UserLogins logins;
    private final PasswordPolicy policy;
    private final StaffMails mails;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, UserLogins logins, PasswordPolicy policy, StaffMails mails, CommandGateway commands,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.logins = logins;
        this.policy = policy;
        this.mails = mails;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Mails a link if an active login has this address; otherwise does nothing, silently. */
    void request(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        jdbc.sql("SELECT user_id, organization_id, display_name FROM identity.user_login WHERE email = :email AND enabled")
                .param("email", address)
                .query((row, n) -> new ResetFor(row.getObject("user_id", UUID.class),
                        row.getObject("organization_id", UUID.class), address, row.getString("display_name")))
                .optional()
                .ifPresent(this::issue);
    }

    /** The login a link stands for, if it is unused and not expired. */
    Optional<ResetFor> pending(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT l.user_id, l.organization_id, l.email, l.display_name
                FROM identity.password_reset r JOIN identity.user_login l ON l.user_id = r.user_id
                WHERE r.token_hash = :hash AND r.used_at IS NULL AND r.expires_at > :now AND l.enabled
                """)
                .param("hash", Tokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> new ResetFor(row.getObject("user_id", UUID.class),
                        row.getObject("organization_id", UUID.class), row.getString("email"),
                        row.getString("display_name")))
                .optional();
    }

    /**
     * Sets the new password, uses up this link and every other link of the same login, and
     * records PasswordChanged(RESET): all or nothing.
     */
    void reset(String token, String password) {
        ResetFor login = pending(token).orElseThrow(ResetLinkInvalid::new);
        policy.violation(password, login.email()).ifPresent(reason -> {
            throw new WeakPassword(reason);
        });
        transaction.executeWithoutResult(status -> {
            if (!use(token)) {
                throw new ResetLinkInvalid();
            }
            jdbc.sql("UPDATE identity.password_reset SET used_at = :now WHERE user_id = :userId AND used_at IS NULL")
                    .param("now", Timestamp.from(clock.instant())).param("userId", login.userId()).update();
            logins.changePassword(login.userId(), password);
            commands.sendAndWait(PersonalCommands.asThePerson(new RecordPasswordChange(new UserId(login.userId()),
                    new OrganizationId(login.organizationId()), PasswordChangeKind.RESET), login.userId(),
                    login.organizationId()));
        });
    }

    private void issue(ResetFor login) {
        String token = Tokens.newToken();
        jdbc.sql("INSERT INTO identity.password_reset (token_hash, user_id, expires_at) VALUES (:hash, :userId, :expiresAt)")
                .param("hash", Tokens.hash(token))
                .param("userId", login.userId())
                .param("expiresAt", Timestamp.from(clock.instant().plus(VALIDITY)))
                .update();
        mails.sendPasswordReset(login.email(), login.displayName(), login.organizationId(), token);
    }

    /** False if the link was used meanwhile (two tabs, a double click) or has just expired. */
    private boolean use(String token) {
        return jdbc.sql("""
                UPDATE identity.password_reset SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("now", Timestamp.from(clock.instant())).param("hash", Tokens.hash(token)).update() == 1;
    }

    record ResetFor(UUID userId, UUID organizationId, String email, String displayName) {
    }
}
