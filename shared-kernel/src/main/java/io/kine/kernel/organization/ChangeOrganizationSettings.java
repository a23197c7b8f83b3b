package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;
import io.kine.kernel.identity.Permission;
import io.kine.kernel.identity.RequiresPermission;
import java.util.Locale;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replaces the organization's settings. Sending the same settings again records nothing.
 * {@code currency} is an ISO 4217 code; {@code defaultLocale} one of French, Arabic, English.
 */
@RequiresPermission(Permission.SETTINGS_MANAGE)
public record ChangeOrganizationSettings(
        @TargetAggregateIdentifier OrganizationId organizationId,
        String name,
        LegalIdentifiers legalIdentifiers,
        String currency,
        Locale defaultLocale) implements OrganizationScoped {
}
