package io.kine.infra.billing;

import io.kine.command.billing.ProductCodeTaken;
import io.kine.command.billing.ProductCodes;
import io.kine.kernel.billing.ProductId;
import io.kine.kernel.organization.OrganizationId;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code command_model.product_code}, in the command's transaction. The upsert only "updates"
 * a row the product already holds, so it returns nothing when another product has the code;
 * a racing insert of the same code waits for the other transaction and then sees its row.
 */
@Component
class JdbcProductCodes implements ProductCodes {

    private final JdbcClient jdbc;

    JdbcProductCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(OrganizationId organization, String code, ProductId product) {
        String key = code.toLowerCase(Locale.ROOT);
        boolean claimed = jdbc.sql("""
                INSERT INTO command_model.product_code (organization_id, code_key, product_id)
                VALUES (:organization, :key, :product)
                ON CONFLICT (organization_id, code_key) DO UPDATE SET product_id = EXCLUDED.product_id
                    WHERE command_model.product_code.product_id = EXCLUDED.product_id
                RETURNING product_id
                """)
                .param("organization", organization.value())
                .param("key", key)
                .param("product", product.value())
                .query(java.util.UUID.class)
                .optional().isPresent();
        if (!claimed) {
            throw new ProductCodeTaken(code);
        }
        jdbc.sql("DELETE FROM command_model.product_code WHERE product_id = :product AND code_key <> :key")
                .param("product", product.value())
                .param("key", key)
                .update();
    }
}
