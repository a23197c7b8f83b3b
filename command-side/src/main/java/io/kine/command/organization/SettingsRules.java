package io.kine.command.organization;

import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationSettingsChanged;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of an organization's settings: a name, a real ISO 4217 currency, a language Kine
 * speaks, and legal identifiers in their official format when the format is fixed by law
 * (SIRET: 14 digits with a Luhn key; RPPS: 11 digits; ICE: 15 digits).
 */
final class SettingsRules {

    static final int MAX_NAME_LENGTH = 100;
    static final Set<String> LANGUAGES = Set.of("fr", "ar", "en");
    /** La Poste's establishments share this SIREN and follow their own check rule. */
    private static final String LA_POSTE_SIREN = "356000000";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");

    private final FieldChecks checks = new FieldChecks();

    private SettingsRules() {
    }

    /** The settings tidied up (trimmed, blanks as absent, bare digits, upper-case currency), as an event. */
    static OrganizationSettingsChanged checked(OrganizationId organization, String name, LegalIdentifiers legalIdentifiers,
            String currency, Locale defaultLocale) {
        return new SettingsRules().check(organization, name, legalIdentifiers, currency, defaultLocale);
    }

    private OrganizationSettingsChanged check(OrganizationId organization, String name, LegalIdentifiers legalIdentifiers,
            String currency, Locale defaultLocale) {
        LegalIdentifiers legal = legalIdentifiers == null ? LegalIdentifiers.NONE : legalIdentifiers;
        OrganizationSettingsChanged checked = new OrganizationSettingsChanged(organization,
                checks.requiredText("name", name, MAX_NAME_LENGTH),
                new LegalIdentifiers(
                        checks.text("legalIdentifiers.legalName", legal.legalName(), 200),
                        siret(legal.siret()),
                        digits("legalIdentifiers.rpps", legal.rpps(), 11, "organization.rpps.invalid"),
                        digits("legalIdentifiers.ice", legal.ice(), 15, "organization.ice.invalid"),
                        checks.text("legalIdentifiers.taxId", legal.taxId(), 50),
                        checks.text("legalIdentifiers.tradeRegister", legal.tradeRegister(), 50)),
                currency(currency),
                locale(defaultLocale));
        if (checks.failed()) {
            throw new InvalidOrganization(checks.violations());
        }
        return checked;
    }

    private String currency(String value) {
        String code = checks.text("currency", value, 50);
        if (code == null) {
            checks.violate("currency", "validation.required");
            return null;
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            checks.violate("currency", "organization.currency.unknown");
            return code;
        }
    }

    private Locale locale(Locale value) {
        if (value == null) {
            checks.violate("defaultLocale", "validation.required");
            return null;
        }
        if (!LANGUAGES.contains(value.getLanguage())) {
            checks.violate("defaultLocale", "organization.locale.unsupported");
            return value;
        }
        return Locale.forLanguageTag(value.getLanguage());
    }

    private String siret(String value) {
        String siret = digits("legalIdentifiers.siret", value, 14, "organization.siret.invalid");
        if (siret != null && siret.matches("\\d{14}") && !siretKeyMatches(siret)) {
            checks.violate("legalIdentifiers.siret", "organization.siret.invalid");
        }
        return siret;
    }

    /** Official numbers are often typed with spaces or dots; they are kept as bare digits. */
    private String digits(String field, String value, int length, String messageKey) {
        String typed = checks.text(field, value, 50);
        if (typed == null) {
            return null;
        }
        String bare = SEPARATORS.matcher(typed).replaceAll("");
        if (!bare.matches("\\d{" + length + "}")) {
            checks.violate(field, messageKey);
        }
        return bare;
    }

    static boolean siretKeyMatches(String siret) {
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
