package io.kine.kernel.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency (EUR, MAD, ...), always held at the currency's
 * minor unit (two decimals for both). Kine's one rounding rule lives here: an amount that has
 * more decimals is rounded half up (away from zero on a tie) to the minor unit, once, where
 * it becomes money — which for invoices is per line (see {@link LineAmounts}). Adding money
 * never rounds: it is exact.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(minorUnits(currency), ROUNDING);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Digits after the decimal point in {@code currency}: 2 for EUR and MAD. */
    public static int minorUnits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    /** {@code 12.30 EUR}: for logs and tests; people see amounts formatted per locale. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
