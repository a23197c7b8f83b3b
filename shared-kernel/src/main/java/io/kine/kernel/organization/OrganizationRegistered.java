package io.kine.kernel.organization;

import java.util.Locale;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrganizationRegistered(
        OrganizationId organizationId,
        String name,
        String currency,
        Locale defaultLocale) {
}
