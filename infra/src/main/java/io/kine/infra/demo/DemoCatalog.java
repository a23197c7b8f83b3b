package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.organization.OrganizationId;
import java.math.BigDecimal;

/** The demo clinic's catalog: the usual French sessions (exempt of VAT) and a few products at 20 %. */
final class DemoCatalog {

    private DemoCatalog() {
    }

    static void define(SystemCommands commands, OrganizationId clinic) {
        item(commands, clinic, "AMK-7.5", "Séance de rééducation (AMK 7,5)", ProductKind.SERVICE, "16.13", "0");
        item(commands, clinic, "BILAN", "Bilan kinésithérapique", ProductKind.SERVICE, "45", "0");
        item(commands, clinic, "DOMICILE", "Indemnité de déplacement", ProductKind.SERVICE, "2.50", "0");
        item(commands, clinic, "TAPE", "Bande de taping (rouleau)", ProductKind.PRODUCT, "8.25", "20");
        item(commands, clinic, "CEINTURE", "Ceinture lombaire", ProductKind.PRODUCT, "39.90", "20");
    }

    private static void item(SystemCommands commands, OrganizationId clinic, String code, String name, ProductKind kind,
            String price, String taxRate) {
        commands.send(new DefineProduct(ProductId.random(), clinic, code, name, kind, new BigDecimal(price),
                new BigDecimal(taxRate)), clinic);
    }
}
