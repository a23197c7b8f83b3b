package io.kine.kernel.organization;

import java.util.Locale;
import org.axonframework.serialization.Revision;

/** The organization's settings as they are from then on. */
@Revision("1")
public record OrganizationSettingsChanged(
        OrganizationId organizationId,
        String name,
        LegalIdentifiers legalIdentifiers,
        String currency,
        Locale defaultLocale) {
}
