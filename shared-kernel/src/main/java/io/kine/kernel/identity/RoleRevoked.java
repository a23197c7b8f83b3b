package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record RoleRevoked(UserId userId, OrganizationId organizationId, Role role) {
}
