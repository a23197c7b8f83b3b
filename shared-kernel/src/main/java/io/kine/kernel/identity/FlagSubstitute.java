package io.kine.kernel.identity;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The practitioner {@code userId} stands in for {@code replaces} from {@code from} to {@code to}, both included. */
@RequiresPermission(Permission.STAFF_MANAGE)
public record FlagSubstitute(
        @TargetAggregateIdentifier UserId userId,
        OrganizationId organizationId,
        UserId replaces,
        LocalDate from,
        LocalDate to) implements OrganizationScoped {
}
