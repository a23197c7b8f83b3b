package io.kine.kernel.organization;

import java.util.Locale;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a clinic organization. Its currency and locale are defaults for invoices and staff. */
public record RegisterOrganization(
        @TargetAggregateIdentifier OrganizationId organizationId,
        String name,
        String currency,
        Locale defaultLocale) {
}
