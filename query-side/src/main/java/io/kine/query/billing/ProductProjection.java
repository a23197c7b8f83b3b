package io.kine.query.billing;

import io.kine.kernel.billing.ProductChanged;
import io.kine.kernel.billing.ProductDefined;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code read_model.product} in step; writes guarded by sequence number. */
@Component
@ProcessingGroup("product")
class ProductProjection {

    private final JdbcClient jdbc;

    ProductProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProductDefined event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO read_model.product (product_id, organization_id, code, name, kind, unit_price, tax_rate,
                    active, defined_at, updated_at, version)
                VALUES (:id, :organization, :code, :name, :kind, :price, :rate, TRUE, :at, :at, :version)
                ON CONFLICT (product_id) DO NOTHING
                """)
                .param("id", event.productId().value())
                .param("organization", event.organizationId().value())
                .param("code", event.code())
                .param("name", event.name())
                .param("kind", event.kind().name())
                .param("price", event.unitPrice())
                .param("rate", event.taxRate())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @EventHandler
    void on(ProductChanged event, @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                UPDATE read_model.product SET code = :code, name = :name, kind = :kind, unit_price = :price,
                    tax_rate = :rate, active = :active, updated_at = :at, version = :version
                WHERE product_id = :id AND version < :version
                """)
                .param("id", event.productId().value())
                .param("code", event.code())
                .param("name", event.name())
                .param("kind", event.kind().name())
                .param("price", event.unitPrice())
                .param("rate", event.taxRate())
                .param("active", event.active())
                .param("at", Timestamp.from(at))
                .param("version", version)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE read_model.product").update();
    }
}
