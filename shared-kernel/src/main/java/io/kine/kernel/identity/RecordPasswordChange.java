package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a person's password was replaced. Self-service: the web layer checked the current
 * password or the reset token first. The new hash never travels in a message.
 */
public record RecordPasswordChange(@TargetAggregateIdentifier UserId userId, OrganizationId organizationId,
        PasswordChangeKind how) implements OrganizationScoped {
}
