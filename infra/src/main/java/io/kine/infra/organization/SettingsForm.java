package io.kine.infra.organization;

import io.kine.kernel.organization.ChangeOrganizationSettings;
import io.kine.kernel.organization.LegalIdentifiers;
import io.kine.kernel.organization.OrganizationId;
import io.kine.kernel.organization.OrganizationView;
import java.util.Locale;

/** The organization settings form as typed; legal identifiers flattened into fields of their own. */
public class SettingsForm {

    private String name;
    private String legalName;
    private String siret;
    private String rpps;
    private String ice;
    private String taxId;
    private String tradeRegister;
    private String currency;
    private String defaultLocale;

    static SettingsForm of(OrganizationView view) {
        SettingsForm form = new SettingsForm();
        LegalIdentifiers legal = view.legalIdentifiers();
        form.name = view.name();
        form.legalName = legal.legalName();
        form.siret = legal.siret();
        form.rpps = legal.rpps();
        form.ice = legal.ice();
        form.taxId = legal.taxId();
        form.tradeRegister = legal.tradeRegister();
        form.currency = view.currency();
        form.defaultLocale = view.defaultLocale().getLanguage();
        return form;
    }

    ChangeOrganizationSettings toCommand(OrganizationId organization) {
        return new ChangeOrganizationSettings(organization, name,
                new LegalIdentifiers(legalName, siret, rpps, ice, taxId, tradeRegister), currency,
                defaultLocale == null ? null : Locale.forLanguageTag(defaultLocale));
    }

    /** The aggregate names legal identifiers {@code legalIdentifiers.siret}; the form, {@code siret}. */
    static String formField(String field) {
        return field.startsWith("legalIdentifiers.") ? field.substring("legalIdentifiers.".length()) : field;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getSiret() { return siret; }
    public void setSiret(String siret) { this.siret = siret; }
    public String getRpps() { return rpps; }
    public void setRpps(String rpps) { this.rpps = rpps; }
    public String getIce() { return ice; }
    public void setIce(String ice) { this.ice = ice; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getTradeRegister() { return tradeRegister; }
    public void setTradeRegister(String tradeRegister) { this.tradeRegister = tradeRegister; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getDefaultLocale() { return defaultLocale; }
    public void setDefaultLocale(String defaultLocale) { this.defaultLocale = defaultLocale; }
}
