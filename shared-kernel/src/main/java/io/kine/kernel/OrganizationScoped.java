package io.kine.kernel;

import io.kine.kernel.organization.OrganizationId;

/**
 * A message that belongs to one organization. The dispatch interceptor checks that this
 * organization is the caller's own, so no command can reach into another clinic's data.
 */
public interface OrganizationScoped {

    OrganizationId organizationId();
}
