package io.kine.kernel.organization;

import java.util.Locale;

/**
 * An organization as the read model holds it. {@code version} is the sequence number of the
 * organization's last event, locations and resources included, so a writer can wait until the
 * read model shows its change.
 */
public record OrganizationView(
        OrganizationId organizationId,
        String name,
        LegalIdentifiers legalIdentifiers,
        String currency,
        Locale defaultLocale,
        long version) {
}
