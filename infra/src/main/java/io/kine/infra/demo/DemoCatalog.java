package io.kine.infra.demo;

import io.kine.infra.messaging.SystemCommands;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.organization.OrganizationId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The demo clinic's catalog: the usual French sessions (exempt of VAT) and a few products at 20 %. */
final class DemoCatalog {

    static final String SESSION = "AMK-7.5";
    static final String ASSESSMENT = "BILAN";

    private DemoCatalog() {
    }

    /** Defines the catalog and answers its items by code. */
    static Map<String, DemoHistoryExtension.Service> define(SystemCommands commands, OrganizationId clinic) {
        Map<String, DemoHistoryExtension.Service> items = new LinkedHashMap<>();
        item(items, commands, clinic, SESSION, "Séance de rééducation (AMK 7,5)", ProductKind.SERVICE, "16.13", "0");
        item(items, commands, clinic, ASSESSMENT, "Bilan kinésithérapique", ProductKind.SERVICE, "45", "0");
        item(items, commands, clinic, "DOMICILE", "Indemnité de déplacement", ProductKind.SERVICE, "2.50", "0");
        item(items, commands, clinic, "TAPE", "Bande de taping (rouleau)", ProductKind.PRODUCT, "8.25", "20");
        item(items, commands, clinic, "CEINTURE", "Ceinture lombaire", ProductKind.PRODUCT, "39.90", "20");
        return items;
    }

    private static void item(Map<String, DemoHistoryExtension.Service> items, SystemCommands commands,
            OrganizationId clinic, String code, String name, ProductKind kind, String price, String taxRate) {
        ProductId id = ProductId.random();
        commands.send(new DefineProduct(id, clinic, code, name, kind, new BigDecimal(price), new BigDecimal(taxRate)),
                clinic);
        items.put(code, new DemoHistoryExtension.Service(id, name, new BigDecimal(price), new BigDecimal(taxRate)));
    }
}
