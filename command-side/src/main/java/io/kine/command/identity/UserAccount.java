package io.kine.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.UserAccountCreated;
import io.kine.kernel.identity.UserId;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's account in one organization. Only the facts auditors need live here (who, which
 * roles); the password hash is kept outside the event stream so it can be changed and erased.
 */
@Aggregate
class UserAccount {

    @AggregateIdentifier
    private UserId userId;

    UserAccount() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    UserAccount(CreateUserAccount command) {
        if (command.email() == null || command.email().isBlank() || command.roles().isEmpty()) {
            throw new InvalidUserAccount();
        }
        apply(new UserAccountCreated(command.userId(), command.organizationId(),
                command.email().strip().toLowerCase(java.util.Locale.ROOT), command.displayName(), Set.copyOf(command.roles())));
    }

    @EventSourcingHandler
    void on(UserAccountCreated event) {
        userId = event.userId();
    }
}
