package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** The invitee has a login from now on, with these roles. */
@Revision("1")
public record InvitationAccepted(UserId userId, OrganizationId organizationId, String email, Set<Role> roles) {
}
