package io.kine.infra.identity;

import io.kine.infra.security.KineUser;
import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.PasswordChangeKind;
import io.kine.kernel.identity.RecordPasswordChange;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A logged-in person replaces their password, proving it is them with the current one. The new
 * hash and the PasswordChanged event are stored in one transaction. The person's other open
 * sessions stay: they were opened by them, and logging them out everywhere is what deactivation
 * is for.
 */
@Component
class PasswordChanges {

    private final UserLogins logins;
    private final PasswordPolicy policy;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    PasswordChanges(UserLogins logins, PasswordPolicy policy, CommandGateway commands, TransactionTemplate transaction) {
        this.logins = logins;
        this.policy = policy;
        this.commands = commands;
        this.transaction = transaction;
    }

    void change(KineUser user, String currentPassword, String newPassword) {
        KineUser login = logins.loadUserByUsername(user.getUsername());
        if (!logins.passwordMatches(currentPassword, login.getPassword())) {
            throw new WrongCurrentPassword();
        }
        policy.violation(newPassword, user.getUsername()).ifPresent(reason -> {
            throw new WeakPassword(reason);
        });
        transaction.executeWithoutResult(status -> {
            logins.changePassword(user.userId().value(), newPassword);
            commands.sendAndWait(new RecordPasswordChange(user.userId(), user.organizationId(), PasswordChangeKind.CHANGED));
        });
    }
}
