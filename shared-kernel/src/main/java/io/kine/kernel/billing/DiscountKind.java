package io.kine.kernel.billing;

/** How a line's discount is given: a percentage of the line, or an amount off it. */
public enum DiscountKind {
    PERCENT, AMOUNT
}
