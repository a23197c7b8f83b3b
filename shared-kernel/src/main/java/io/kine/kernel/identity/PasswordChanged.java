package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

/** Auditors see that and how a password changed; the hash is not here. */
@Revision("1")
public record PasswordChanged(UserId userId, OrganizationId organizationId, PasswordChangeKind how) {
}
