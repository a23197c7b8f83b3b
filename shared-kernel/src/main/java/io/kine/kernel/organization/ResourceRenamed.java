package io.kine.kernel.organization;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ResourceRenamed(
        OrganizationId organizationId,
        LocationId locationId,
        ResourceId resourceId,
        String name) {
}
