package io.kine.kernel.organization;

import org.axonframework.serialization.Revision;

/** A location's details as they are from then on. */
@Revision("1")
public record LocationDetailsChanged(
        OrganizationId organizationId,
        LocationId locationId,
        LocationDetails details) {
}
