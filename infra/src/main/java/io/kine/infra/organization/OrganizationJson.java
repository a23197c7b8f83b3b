package io.kine.infra.organization;

import io.kine.kernel.organization.ChangeOrganizationSettings;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.LocationDetails;
import io.kine.kernel.organization.LocationView;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import io.kine.kernel.organization.ResourceKind;
import io.kine.kernel.organization.ResourceView;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The JSON shapes of {@code /api/organization} and {@code /api/locations}; field names are the API contract. */
final class OrganizationJson {

    private OrganizationJson() {
    }

    record LegalJson(String legalName, String siret, String rpps, String ice, String taxId, String tradeRegister) {

        static LegalJson of(LegalIdentifiers l) {
            return new LegalJson(l.legalName(), l.siret(), l.rpps(), l.ice(), l.taxId(), l.tradeRegister());
        }

        LegalIdentifiers toLegalIdentifiers() {
            return new LegalIdentifiers(legalName, siret, rpps, ice, taxId, tradeRegister);
        }
    }

    /** The settings a client changes, as a whole after merging a patch over the current ones. */
    record SettingsRequest(String name, LegalJson legalIdentifiers, String currency, String defaultLocale) {

        static SettingsRequest of(OrganizationView view) {
            return new SettingsRequest(view.name(), LegalJson.of(view.legalIdentifiers()), view.currency(),
                    view.defaultLocale().getLanguage());
        }

        ChangeOrganizationSettings toCommand(OrganizationId organization) {
            return new ChangeOrganizationSettings(organization, name,
                    legalIdentifiers == null ? LegalIdentifiers.NONE : legalIdentifiers.toLegalIdentifiers(), currency,
                    defaultLocale == null ? null : Locale.forLanguageTag(defaultLocale));
        }
    }

    record OrganizationResponse(UUID id, String name, LegalJson legalIdentifiers, String currency,
            String defaultLocale, long version) {

        static OrganizationResponse of(OrganizationView view) {
            return new OrganizationResponse(view.organizationId().value(), view.name(),
                    LegalJson.of(view.legalIdentifiers()), view.currency(), view.defaultLocale().getLanguage(),
                    view.version());
        }
    }

    record LocationRequest(String name, String street, String postalCode, String city, String country, String phone,
            String timeZone) {

        static LocationRequest of(LocationDetails d) {
            return new LocationRequest(d.name(), d.street(), d.postalCode(), d.city(), d.country(), d.phone(),
                    d.timeZone().getId());
        }

        LocationDetails toDetails() {
            return new LocationDetails(name, street, postalCode, city, country, phone,
                    TimeZones.parse(TimeZones.FIELD, timeZone));
        }
    }

    record ResourceJson(UUID id, ResourceKind kind, String name) {

        static ResourceJson of(ResourceView view) {
            return new ResourceJson(view.resourceId().value(), view.kind(), view.name());
        }
    }

    record ResourceRequest(ResourceKind kind, String name) {
    }

    record LocationResponse(UUID id, String name, String street, String postalCode, String city, String country,
            String phone, String timeZone, boolean closed, List<ResourceJson> resources) {

        static LocationResponse of(LocationView view) {
            LocationDetails d = view.details();
            return new LocationResponse(view.locationId().value(), d.name(), d.street(), d.postalCode(), d.city(),
                    d.country(), d.phone(), d.timeZone().getId(), view.closed(),
                    view.resources().stream().map(ResourceJson::of).toList());
        }
    }

    record LocationList(List<LocationResponse> data) {
    }
}
