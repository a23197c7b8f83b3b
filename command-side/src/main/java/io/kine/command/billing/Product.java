package io.kine.command.billing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.kine.kernel.billing.ChangeProduct;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductChanged;
import io.kine.kernel.billing.ProductDefined;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.organization.OrganizationId;
import java.math.BigDecimal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/** A catalog item: a service or product with its code (unique in the organization), price and tax rate. */
@Aggregate
class Product {

    @AggregateIdentifier
    private ProductId productId;
    private OrganizationId organizationId;
    private Settings settings;

    record Settings(String code, String name, ProductKind kind, BigDecimal unitPrice, BigDecimal taxRate,
            boolean active) {

        static Settings checked(String code, String name, ProductKind kind, BigDecimal unitPrice, BigDecimal taxRate,
                boolean active) {
            BillingRules rules = BillingRules.check();
            String tidyCode = rules.code(code);
            String tidyName = rules.text("name", name, 200, true);
            rules.require("kind", kind != null, "billing.required").price("unitPrice", unitPrice).taxRate(taxRate)
                    .orReject();
            return new Settings(tidyCode, tidyName, kind, BillingRules.plain(unitPrice),
                    BillingRules.plain(taxRate), active);
        }
    }

    Product() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Product(DefineProduct command, ProductCodes codes) {
        Settings checked = Settings.checked(command.code(), command.name(), command.kind(), command.unitPrice(),
                command.taxRate(), true);
        codes.claim(command.organizationId(), checked.code(), command.productId());
        apply(new ProductDefined(command.productId(), command.organizationId(), checked.code(), checked.name(),
                checked.kind(), checked.unitPrice(), checked.taxRate()));
    }

    @CommandHandler
    long handle(ChangeProduct command, ProductCodes codes) {
        if (!organizationId.equals(command.organizationId())) {
            throw new ProductNotFound(productId);
        }
        Settings checked = Settings.checked(command.code(), command.name(), command.kind(), command.unitPrice(),
                command.taxRate(), command.active());
        if (!checked.equals(settings)) {
            codes.claim(organizationId, checked.code(), productId);
            apply(new ProductChanged(productId, organizationId, checked.code(), checked.name(), checked.kind(),
                    checked.unitPrice(), checked.taxRate(), checked.active()));
        }
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ProductDefined event) {
        productId = event.productId();
        organizationId = event.organizationId();
        settings = new Settings(event.code(), event.name(), event.kind(), event.unitPrice(), event.taxRate(), true);
    }

    @EventSourcingHandler
    void on(ProductChanged event) {
        settings = new Settings(event.code(), event.name(), event.kind(), event.unitPrice(), event.taxRate(),
                event.active());
    }
}
