package io.kine.infra.reporting;

import io.kine.infra.security.KineUser;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Projections hold every clinic's data, so rebuilding one concerns every clinic on the
 * server. With {@code kine.projections.admin-organizations} set (a shared deployment), only
 * {@code settings.manage} holders of those organizations may see and rebuild them; unset (one
 * clinic per installation), that clinic's owners and admins may.
 */
@Component
class ProjectionAdmins {

    private final List<UUID> organizations;

    ProjectionAdmins(@Value("${kine.projections.admin-organizations:}") List<UUID> organizations) {
        this.organizations = List.copyOf(organizations);
    }

    void check(KineUser user) {
        if (!organizations.isEmpty() && !organizations.contains(user.organizationId().value())) {
            throw new AccessDeniedException("projection administration is reserved to the operator");
        }
    }
}
