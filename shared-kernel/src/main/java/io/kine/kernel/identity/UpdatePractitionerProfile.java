package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A practitioner's specialties (e.g. sports, pediatric, vestibular) and professional license number. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record UpdatePractitionerProfile(
        @TargetAggregateIdentifier UserId userId,
        OrganizationId organizationId,
        List<String> specialties,
        String licenseNumber) implements OrganizationScoped {
}
