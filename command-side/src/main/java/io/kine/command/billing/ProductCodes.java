package io.kine.command.billing;

import io.kine.kernel.billing.ProductId;
import io.kine.kernel.organization.OrganizationId;

/**
 * The command-side table of catalog codes, unique per organization regardless of case,
 * written in the command's transaction so two items racing for one code cannot both win.
 */
public interface ProductCodes {

    /**
     * Makes {@code code} the product's only code.
     *
     * @throws ProductCodeTaken when another product of the organization holds it
     */
    void claim(OrganizationId organization, String code, ProductId product);
}
