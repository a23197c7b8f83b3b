package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a login for a person of the organization. Credentials never travel in commands or events. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record CreateUserAccount(
        @TargetAggregateIdentifier UserId userId,
        OrganizationId organizationId,
        String email,
        String displayName,
        Set<Role> roles) implements OrganizationScoped {
}
