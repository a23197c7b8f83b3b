package io.kine.kernel.organization;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LocationClosed(OrganizationId organizationId, LocationId locationId) {
}
