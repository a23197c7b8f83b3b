package io.kine.infra.identity;

import io.kine.command.identity.OrganizationOwners;
import io.kine.kernel.identity.UserId;
import io.kine.kernel.organization.OrganizationId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts owners in {@code identity.user_login}, which {@link LoginSync} keeps in step with the
 * events inside the command's transaction. Only owners who can log in count: a pending
 * invitee or a deactivated owner manages nothing. {@code FOR UPDATE} locks the owners' rows
 * until the command commits, so two owners revoking each other at the same time are
 * serialized and the second sees that the first is no longer an owner.
 */
@Component
class OwnersOverLogins implements OrganizationOwners {

    private final JdbcClient jdbc;

    OwnersOverLogins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean hasActiveOwnerOtherThan(OrganizationId organization, UserId user) {
        return jdbc.sql("""
                SELECT user_id FROM identity.user_login
                WHERE organization_id = :organizationId AND enabled AND 'OWNER' = ANY (roles)
                FOR UPDATE
                """)
                .param("organizationId", organization.value())
                .query(UUID.class).list().stream().anyMatch(owner -> !owner.equals(user.value()));
    }
}
