package io.kine.kernel.organization;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceRemoved(OrganizationId organizationId, LocationId locationId, ResourceId resourceId) {
}
