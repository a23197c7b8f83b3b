package io.kine.infra.identity;

import io.kine.infra.security.UserLogins;
import io.kine.kernel.identity.AcceptInvitation;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invitee opens their link and chooses a password. The link is used, the InvitationAccepted
 * event recorded and the login row created in one transaction: all three or none.
 */
@Component
class InvitationAcceptance {

    private final Invitations invitations;
    private final PasswordPolicy policy;
    private final UserLogins logins;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InvitationAcceptance(Invitations invitations, PasswordPolicy policy, UserLogins logins, CommandGateway commands,
            TransactionTemplate transaction, Clock clock) {
        this.invitations = invitations;
        this.policy = policy;
        this.logins = logins;
        this.commands = commands;
        this.transaction = transaction;
        this.clock = clock;
    }

    Optional<Invitations.PendingInvitation> pending(String token) {
        return invitations.pending(token);
    }

    /** Returns the new login's e-mail address. */
    String accept(String token, String password) {
        Invitations.PendingInvitation invitation = invitations.pending(token).orElseThrow(InvitationLinkInvalid::new);
        policy.violation(password, invitation.email()).ifPresent(reason -> {
            throw new WeakPassword(reason);
        });
        transaction.executeWithoutResult(status -> {
            if (!invitations.use(invitation.userId(), clock.instant())) {
                throw new InvitationLinkInvalid();
            }
            Set<Role> roles = commands.sendAndWait(PersonalCommands.asThePerson(
                    new AcceptInvitation(new UserId(invitation.userId()), new OrganizationId(invitation.organizationId())),
                    invitation.userId(), invitation.organizationId()));
            logins.add(invitation.userId(), invitation.organizationId(), invitation.email(), invitation.displayName(),
                    roles, password);
        });
        return invitation.email();
    }
}
