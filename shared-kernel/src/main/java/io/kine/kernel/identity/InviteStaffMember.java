package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Invites a person to join the organization's staff. The invitation link's token is not part of
 * the command: only its hash is kept, outside the event stream.
 */
@RequiresPermission(Permission.STAFF_MANAGE)
public record InviteStaffMember(
        @TargetAggregateIdentifier UserId userId,
        OrganizationId organizationId,
        String email,
        String displayName,
        Set<Role> roles) implements OrganizationScoped {
}
