package io.kine.kernel.billing;

import java.math.BigDecimal;

/** A line's discount: {@code PERCENT 10} takes 10 % off, {@code AMOUNT 5} takes 5 (currency units) off. */
public record Discount(DiscountKind kind, BigDecimal value) {

    public static final Discount NONE = new Discount(DiscountKind.AMOUNT, BigDecimal.ZERO);

    public boolean isNone() {
        return value == null || value.signum() == 0;
    }
}
