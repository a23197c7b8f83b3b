package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record UserDeactivated(UserId userId, OrganizationId organizationId) {
}
