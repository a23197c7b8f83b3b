package io.kine.kernel.organization;

/**
 * What invoices must print to identify the clinic: its legal name and, depending on the
 * country, French identifiers (SIRET of the establishment, RPPS of the practitioner in
 * charge) or Moroccan ones (ICE, identifiant fiscal, registre de commerce). Every part is
 * optional: a clinic fills in those of its country.
 */
public record LegalIdentifiers(
        String legalName,
        String siret,
        String rpps,
        String ice,
        String taxId,
        String tradeRegister) {

    public static final LegalIdentifiers NONE = new LegalIdentifiers(null, null, null, null, null, null);
}
