package io.kine.kernel.organization;

import java.time.ZoneId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LocationOpened(
        OrganizationId organizationId,
        LocationId locationId,
        String name,
        ZoneId timeZone) {
}
