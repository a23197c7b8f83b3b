package io.kine.kernel.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsAmountsAtTheCurrencysMinorUnitRoundingHalfUp() {
        assertThat(Money.of("10.005", "EUR").amount()).isEqualByComparingTo("10.01");
        assertThat(Money.of("10.004", "MAD").amount()).isEqualByComparingTo("10.00");
        assertThat(Money.of("-2.345", "EUR").amount()).isEqualByComparingTo("-2.35");
        assertThat(Money.of("7", "EUR")).isEqualTo(Money.of("7.00", "EUR"));
    }

    @Test
    void addsExactlyWithoutFloatingPointDrift() {
        Money sum = Money.zero("EUR");
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10", "EUR"));
        }
        assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "MAD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsEachLineOnceThenTaxesTheRoundedNet() {
        LineAmounts line = LineAmounts.of(new BigDecimal("3"), new BigDecimal("0.335"), new BigDecimal("20"),
                Discount.NONE, "EUR");

        // 1.005 -> 1.01 net (half up), 0.202 -> 0.20 tax
        assertThat(line).isEqualTo(new LineAmounts(Money.of("1.01", "EUR"), Money.of("0.20", "EUR"),
                Money.of("1.21", "EUR")));
    }

    @Test
    void takesAPercentDiscountOffTheExactLineBeforeRounding() {
        LineAmounts line = LineAmounts.of(new BigDecimal("1"), new BigDecimal("19.99"), BigDecimal.ZERO,
                new Discount(DiscountKind.PERCENT, new BigDecimal("15")), "MAD");

        // 19.99 - 2.9985 = 16.9915 -> 16.99
        assertThat(line.total()).isEqualTo(Money.of("16.99", "MAD"));
    }
}
