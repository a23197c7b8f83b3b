package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;

/** The organization's locations with their resources, by name; closed ones only when asked. */
public record FindLocations(OrganizationId organizationId, boolean includeClosed) implements OrganizationScoped {
}
