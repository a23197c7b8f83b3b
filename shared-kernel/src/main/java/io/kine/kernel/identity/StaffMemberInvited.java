package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Who invited whom, with which roles. The invitation token is never in the event. */
@Revision("1")
public record StaffMemberInvited(
        UserId userId,
        OrganizationId organizationId,
        String email,
        String displayName,
        Set<Role> roles) {
}
