package io.kine.kernel.identity;

import io.kine.kernel.organization.OrganizationId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SubstituteFlagged(
        UserId userId,
        OrganizationId organizationId,
        UserId replaces,
        LocalDate from,
        LocalDate to) {
}
