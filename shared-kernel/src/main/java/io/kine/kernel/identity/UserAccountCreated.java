package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Auditors read from this event who opened which account, with which roles. */
@Revision("1")
public record UserAccountCreated(
        UserId userId,
        OrganizationId organizationId,
        String email,
        String displayName,
        Set<Role> roles) {
}
