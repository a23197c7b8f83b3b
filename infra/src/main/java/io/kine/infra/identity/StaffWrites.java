package io.kine.infra.identity;

import io.kine.kernel.identity.DeactivateUser;
import io.kine.kernel.identity.FlagSubstitute;
import io.kine.kernel.identity.GrantRole;
import io.kine.kernel.identity.InviteStaffMember;
import io.kine.kernel.identity.LinkPatientAccount;
import io.kine.kernel.identity.ReactivateUser;
import io.kine.kernel.identity.ResendInvitation;
import io.kine.kernel.identity.RevokeRole;
import io.kine.kernel.identity.Role;
import io.kine.kernel.identity.UpdatePractitionerProfile;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.patients.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff commands managers send. Each returns the account's version after the change, for read-your-writes. */
@Component
class StaffWrites {

    private final CommandGateway commands;
    private final Invitations invitations;
    private final JdbcClient jdbc;

    StaffWrites(CommandGateway commands, Invitations invitations, JdbcClient jdbc) {
        this.commands = commands;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    /**
     * Invites a new staff member. An address that already has a login or a pending invitation is
     * refused up front with a clear reason; the unique indexes on both tables settle any race.
     */
    UserId invite(OrganizationId organization, String email, String displayName, Set<Role> roles) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!address.isEmpty() && (loginExists(address) || invitations.emailPending(address))) {
            throw new EmailAlreadyInUse();
        }
        UserId user = UserId.random();
        commands.sendAndWait(new InviteStaffMember(user, organization, email, displayName, roles));
        return user;
    }

    long resend(UserId user, OrganizationId organization) {
        return commands.<Long>sendAndWait(new ResendInvitation(user, organization));
    }

    long grant(UserId user, OrganizationId organization, Role role) {
        return commands.<Long>sendAndWait(new GrantRole(user, organization, role));
    }

    long revoke(UserId user, OrganizationId organization, Role role) {
        return commands.<Long>sendAndWait(new RevokeRole(user, organization, role));
    }

    long deactivate(UserId user, OrganizationId organization) {
        return commands.<Long>sendAndWait(new DeactivateUser(user, organization));
    }

    long reactivate(UserId user, OrganizationId organization) {
        return commands.<Long>sendAndWait(new ReactivateUser(user, organization));
    }

    long updateProfile(UserId user, OrganizationId organization, List<String> specialties, String licenseNumber) {
        return commands.<Long>sendAndWait(new UpdatePractitionerProfile(user, organization, specialties, licenseNumber));
    }

    long flagSubstitute(UserId user, OrganizationId organization, UserId replaces, LocalDate from, LocalDate to) {
        return commands.<Long>sendAndWait(new FlagSubstitute(user, organization, replaces, from, to));
    }

    long linkPatient(UserId user, OrganizationId organization, PatientId patient) {
        return commands.<Long>sendAndWait(new LinkPatientAccount(user, organization, patient));
    }

    private boolean loginExists(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.user_login WHERE email = :email)")
                .param("email", email).query(Boolean.class).single();
    }
}
