package io.kine.kernel.billing;

import java.math.BigDecimal;

/** One row of an invoice's tax breakdown: the lines at {@code rate} percent add up to these amounts. */
public record TaxLine(BigDecimal rate, Money net, Money tax, Money total) {
}
