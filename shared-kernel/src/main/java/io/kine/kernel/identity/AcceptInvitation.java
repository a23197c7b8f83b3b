package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The invitee opened their link and chose a password. Sent on the invitee's behalf once the
 * token checked out; the password itself goes to the login table, never into a message.
 */
public record AcceptInvitation(@TargetAggregateIdentifier UserId userId, OrganizationId organizationId)
        implements OrganizationScoped {
}
