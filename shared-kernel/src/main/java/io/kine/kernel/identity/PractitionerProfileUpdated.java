package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The whole profile after the change. */
@Revision("1")
public record PractitionerProfileUpdated(
        UserId userId,
        OrganizationId organizationId,
        List<String> specialties,
        String licenseNumber) {
}
