package io.kine.command.billing;

import io.kine.kernel.billing.ChangeProduct;
import io.kine.kernel.billing.DefineProduct;
import io.kine.kernel.billing.ProductChanged;
import io.kine.kernel.billing.ProductDefined;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.billing.ProductKind;
import io.kine.kernel.organization.OrganizationId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductTest {

    static final OrganizationId CLINIC = OrganizationId.random();
    static final ProductId SESSION = ProductId.random();

    private AggregateTestFixture<Product> fixture;
    private final Map<String, ProductId> codes = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource((ProductCodes) (organization, code, product) -> {
            ProductId holder = codes.putIfAbsent(code.toLowerCase(Locale.ROOT), product);
            if (holder != null && !holder.equals(product)) {
                throw new ProductCodeTaken(code);
            }
        });
    }

    @Test
    void addsAServiceToTheCatalogWithItsPriceAndRate() {
        fixture.givenNoPriorActivity()
                .when(new DefineProduct(SESSION, CLINIC, " AMK-7.5 ", " Séance ", ProductKind.SERVICE,
                        new BigDecimal("16.130"), new BigDecimal("0.00")))
                .expectEvents(new ProductDefined(SESSION, CLINIC, "AMK-7.5", "Séance", ProductKind.SERVICE,
                        new BigDecimal("16.13"), new BigDecimal("0")));
    }

    @Test
    void refusesACodeAnotherItemOfTheClinicHoldsWhateverItsCase() {
        codes.put("amk", ProductId.random());
        fixture.givenNoPriorActivity()
                .when(new DefineProduct(SESSION, CLINIC, "AMK", "Séance", ProductKind.SERVICE, BigDecimal.TEN,
                        BigDecimal.ZERO))
                .expectException(ProductCodeTaken.class)
                .expectNoEvents();
    }

    @Test
    void refusesANegativePriceAndARateAbove100AtOnce() {
        fixture.givenNoPriorActivity()
                .when(new DefineProduct(SESSION, CLINIC, "X", "Séance", ProductKind.SERVICE, new BigDecimal("-1"),
                        new BigDecimal("120")))
                .expectException(InvalidBillingInput.class)
                .expectNoEvents();
    }

    @Test
    void withdrawsAnItemAndRecordsNothingWhenNothingChanges() {
        ProductDefined defined = new ProductDefined(SESSION, CLINIC, "AMK", "Séance", ProductKind.SERVICE,
                new BigDecimal("16.13"), BigDecimal.ZERO);
        fixture.given(defined)
                .when(new ChangeProduct(SESSION, CLINIC, "AMK", "Séance", ProductKind.SERVICE, new BigDecimal("16.13"),
                        BigDecimal.ZERO, false))
                .expectEvents(new ProductChanged(SESSION, CLINIC, "AMK", "Séance", ProductKind.SERVICE,
                        new BigDecimal("16.13"), BigDecimal.ZERO, false));
        fixture.given(defined)
                .when(new ChangeProduct(SESSION, CLINIC, "AMK", "Séance", ProductKind.SERVICE, new BigDecimal("16.130"),
                        BigDecimal.ZERO, true))
                .expectNoEvents();
    }
}
