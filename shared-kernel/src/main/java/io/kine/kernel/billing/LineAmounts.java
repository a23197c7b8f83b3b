package io.kine.kernel.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one invoice line comes to. The rounding rule, applied per line and nowhere else:
 * <ol>
 * <li>base = quantity x unit price, exact;</li>
 * <li>discount = base x percent / 100, or the amount, exact;</li>
 * <li>net = base - discount, rounded half up to the currency's minor unit;</li>
 * <li>tax = net x tax rate / 100, rounded half up to the minor unit;</li>
 * <li>total = net + tax.</li>
 * </ol>
 * Invoice totals and the totals per tax rate are exact sums of these rounded line amounts, so
 * the screen, the PDF and the CSV, which all add the same numbers, always agree.
 */
public record LineAmounts(Money net, Money tax, Money total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static LineAmounts of(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, Discount discount,
            String currency) {
        BigDecimal base = quantity.multiply(unitPrice);
        BigDecimal off = BigDecimal.ZERO;
        if (discount != null && !discount.isNone()) {
            off = discount.kind() == DiscountKind.PERCENT
                    ? base.multiply(discount.value()).divide(HUNDRED)
                    : discount.value();
        }
        int digits = Money.minorUnits(currency);
        BigDecimal net = base.subtract(off).setScale(digits, Money.ROUNDING);
        BigDecimal tax = net.multiply(taxRate).divide(HUNDRED).setScale(digits, RoundingMode.HALF_UP);
        return new LineAmounts(new Money(net, currency), new Money(tax, currency), new Money(net.add(tax), currency));
    }

    public static LineAmounts zero(String currency) {
        Money zero = Money.zero(currency);
        return new LineAmounts(zero, zero, zero);
    }

    public LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.plus(other.net), tax.plus(other.tax), total.plus(other.total));
    }
}
