package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** Auditors read the actor (who gave the access) from the metadata, the grantee and role from here. */
@Revision("1")
public record RoleGranted(UserId userId, OrganizationId organizationId, Role role) {
}
