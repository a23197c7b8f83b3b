package io.kine.command.identity;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.AcceptInvitation;
import io.kine.kernel.identity.CreateUserAccount;
import io.kine.kernel.identity.DeactivateUser;
import io.kine.kernel.identity.FlagSubstitute;
import io.kine.kernel.identity.GrantRole;
import io.kine.kernel.identity.InvitationAccepted;
import io.kine.kernel.identity.InvitationResent;
import io.kine.kernel.identity.InviteStaffMember;
import io.kine.kernel.identity.LinkPatientAccount;
import io.kine.kernel.identity.PasswordChanged;
import io.kine.kernel.identity.PatientAccountLinked;
import io.kine.kernel.identity.PractitionerProfileUpdated;
import io.kine.kernel.identity.ReactivateUser;
import io.kine.kernel.identity.RecordPasswordChange;
import io.kine.kernel.identity.ResendInvitation;
import io.kine.kernel.identity.RevokeRole;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.RoleGranted;
import io.kine.kernel.identity.RoleRevoked;
import io.kine.kernel.identity.StaffMemberInvited;
import io.kine.kernel.identity.SubstituteFlagged;
import io.kine.kernel.identity.UpdatePractitionerProfile;
import io.kine.kernel.identity.UserAccountCreated;
import io.kine.kernel.identity.UserDeactivated;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.identity.UserReactivated;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person's account in one organization: invitation, roles, whether they may log in, and for
 * patients the record their portal login opens. The password hash is kept outside the event
 * stream so it can be changed and erased; only the fact that it changed is an event. Handlers
 * return the version after the command, for read-your-writes.
 */
@Aggregate
class UserAccount {

    @AggregateIdentifier
    private UserId userId;
    private OrganizationId organizationId;
    private String email;
    private Set<Role> roles;
    private boolean accepted;
    private boolean active;
    private PatientId patientId;
    private PractitionerProfile practitionerProfile;

    UserAccount() {
        // for Axon: rebuilt from events
    }

    /** An account opened directly with a login (the demo clinic, tests): accepted from the start. */
    @CommandHandler
    UserAccount(CreateUserAccount command) {
        if (command.email() == null || command.email().isBlank() || command.roles().isEmpty()) {
            throw new InvalidUserAccount();
        }
        apply(new UserAccountCreated(command.userId(), command.organizationId(),
                command.email().strip().toLowerCase(Locale.ROOT), command.displayName(), Set.copyOf(command.roles())));
    }

    @CommandHandler
    UserAccount(InviteStaffMember command) {
        Invitee invitee = Invitee.checked(command.email(), command.displayName(), command.roles());
        apply(new StaffMemberInvited(command.userId(), command.organizationId(), invitee.email(),
                invitee.displayName(), invitee.roles()));
    }

    @CommandHandler
    long handle(ResendInvitation command) {
        requireSameOrganization(command);
        requirePending();
        apply(new InvitationResent(userId, organizationId, email));
        return AggregateLifecycle.getVersion();
    }

    /** Returns the roles the new login gets: they may have changed since the invitation. */
    @CommandHandler
    Set<Role> handle(AcceptInvitation command) {
        requireSameOrganization(command);
        requirePending();
        if (!active) {
            throw new UserIsDeactivated();
        }
        apply(new InvitationAccepted(userId, organizationId, email, Set.copyOf(roles)));
        return Set.copyOf(roles);
    }

    @CommandHandler
    long handle(GrantRole command) {
        requireSameOrganization(command);
        if (command.role() == null) {
            throw new InvalidUserAccount();
        }
        if (!roles.contains(command.role())) {
            RolePolicy.checkGrant(roles, command.role());
            apply(new RoleGranted(userId, organizationId, command.role()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RevokeRole command, OrganizationOwners owners) {
        requireSameOrganization(command);
        if (command.role() == null) {
            throw new InvalidUserAccount();
        }
        if (roles.contains(command.role())) {
            if (roles.size() == 1) {
                throw new LastRoleOfAccount();
            }
            if (command.role() == Role.OWNER && active) {
                requireAnotherOwner(owners);
            }
            apply(new RoleRevoked(userId, organizationId, command.role()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(DeactivateUser command, OrganizationOwners owners) {
        requireSameOrganization(command);
        if (active) {
            if (roles.contains(Role.OWNER)) {
                requireAnotherOwner(owners);
            }
            apply(new UserDeactivated(userId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(ReactivateUser command) {
        requireSameOrganization(command);
        if (!active) {
            apply(new UserReactivated(userId, organizationId));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(UpdatePractitionerProfile command) {
        requireSameOrganization(command);
        if (!roles.contains(Role.PRACTITIONER)) {
            throw new NotAPractitioner();
        }
        PractitionerProfile profile = PractitionerProfile.checked(command.specialties(), command.licenseNumber());
        if (!profile.equals(practitionerProfile)) {
            apply(new PractitionerProfileUpdated(userId, organizationId, profile.specialties(),
                    profile.licenseNumber()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(FlagSubstitute command) {
        requireSameOrganization(command);
        if (!roles.contains(Role.PRACTITIONER)) {
            throw new NotAPractitioner();
        }
        SubstitutionRules.check(userId, command.replaces(), command.from(), command.to());
        apply(new SubstituteFlagged(userId, organizationId, command.replaces(), command.from(),
                command.to()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(LinkPatientAccount command) {
        requireSameOrganization(command);
        if (!roles.contains(Role.PATIENT) || command.patientId() == null) {
            throw new NotAPatientAccount();
        }
        if (patientId != null && !patientId.equals(command.patientId())) {
            throw new PatientAccountAlreadyLinked();
        }
        if (patientId == null) {
            apply(new PatientAccountLinked(userId, organizationId, command.patientId()));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    long handle(RecordPasswordChange command) {
        requireSameOrganization(command);
        if (!accepted || !active || command.how() == null) {
            throw new UserIsDeactivated();
        }
        apply(new PasswordChanged(userId, organizationId, command.how()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The last owner may not lose the role or the login, or nobody could manage the clinic any
     * more. Counting owners spans accounts, so the aggregate asks {@link OrganizationOwners}.
     */
    private void requireAnotherOwner(OrganizationOwners owners) {
        if (!owners.hasActiveOwnerOtherThan(organizationId, userId)) {
            throw new LastOwnerOfOrganization();
        }
    }

    private void requirePending() {
        if (accepted) {
            throw new InvitationAlreadyAccepted();
        }
    }

    /** Another clinic's account is answered exactly like a missing one: its existence is not disclosed. */
    private void requireSameOrganization(OrganizationScoped command) {
        if (!organizationId.equals(command.organizationId())) {
            throw new UserAccountNotFound(userId);
        }
    }

    @EventSourcingHandler
    void on(UserAccountCreated event) {
        userId = event.userId();
        organizationId = event.organizationId();
        email = event.email();
        roles = EnumSet.copyOf(event.roles());
        accepted = true;
        active = true;
    }

    @EventSourcingHandler
    void on(StaffMemberInvited event) {
        userId = event.userId();
        organizationId = event.organizationId();
        email = event.email();
        roles = EnumSet.copyOf(event.roles());
        active = true;
    }

    @EventSourcingHandler
    void on(InvitationAccepted event) {
        accepted = true;
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(UserDeactivated event) {
        active = false;
    }

    @EventSourcingHandler
    void on(UserReactivated event) {
        active = true;
    }

    @EventSourcingHandler
    void on(PractitionerProfileUpdated event) {
        practitionerProfile = new PractitionerProfile(event.specialties(), event.licenseNumber());
    }

    @EventSourcingHandler
    void on(PatientAccountLinked event) {
        patientId = event.patientId();
    }
}
