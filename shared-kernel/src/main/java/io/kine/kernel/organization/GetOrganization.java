package io.kine.kernel.organization;

import io.kine.kernel.OrganizationScoped;

/**
 * The caller's organization and its settings. Any member may ask: the name, currency and
 * legal identifiers appear on pages and invoices everyone sees.
 */
public record GetOrganization(OrganizationId organizationId) implements OrganizationScoped {
}
