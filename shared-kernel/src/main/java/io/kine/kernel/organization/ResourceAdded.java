package io.kine.kernel.organization;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceAdded(
        OrganizationId organizationId,
        LocationId locationId,
        ResourceId resourceId,
        ResourceKind kind,
        String name) {
}
