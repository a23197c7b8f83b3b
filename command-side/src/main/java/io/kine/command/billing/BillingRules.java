package io.kine.command.billing;

import io.kine.command.FieldViolation;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.DiscountKind;
import io.kine.kernel.billing.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The input rules of billing: texts, quantities, prices, rates, discounts, amounts. */
final class BillingRules {

    static final int DESCRIPTION_MAX = 500;
    static final int TEXT_MAX = 2000;
    static final int REFERENCE_MAX = 200;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");

    private final List<FieldViolation> violations = new ArrayList<>();

    static BillingRules check() {
        return new BillingRules();
    }

    /** A stripped text, null when blank; a violation when required and missing or too long. */
    String text(String field, String value, int max, boolean required) {
        String tidy = value == null ? null : value.strip();
        if (tidy != null && tidy.isEmpty()) {
            tidy = null;
        }
        if (tidy == null && required) {
            violations.add(new FieldViolation(field, "billing.required"));
        } else if (tidy != null && tidy.length() > max) {
            violations.add(new FieldViolation(field, "billing.tooLong"));
        }
        return tidy;
    }

    String code(String value) {
        String tidy = value == null ? "" : value.strip();
        if (!CODE.matcher(tidy).matches()) {
            violations.add(new FieldViolation("code", "product.invalidCode"));
        }
        return tidy;
    }

    BillingRules quantity(BigDecimal quantity) {
        return require("quantity", quantity != null && quantity.signum() > 0 && quantity.compareTo(MAX_QUANTITY) <= 0
                && quantity.stripTrailingZeros().scale() <= 3, "invoice.invalidQuantity");
    }

    BillingRules price(String field, BigDecimal price) {
        return require(field, price != null && price.signum() >= 0 && price.compareTo(MAX_PRICE) < 0
                && price.stripTrailingZeros().scale() <= 4, "billing.invalidPrice");
    }

    BillingRules taxRate(BigDecimal rate) {
        return require("taxRate", rate != null && rate.signum() >= 0 && rate.compareTo(HUNDRED) <= 0
                && rate.stripTrailingZeros().scale() <= 2, "billing.invalidTaxRate");
    }

    /** A discount is at most the whole line: 100 % or the line's amount before discount. */
    BillingRules discount(Discount discount, BigDecimal quantity, BigDecimal unitPrice) {
        if (discount == null || discount.isNone()) {
            return this;
        }
        BigDecimal value = discount.value();
        boolean valid = discount.kind() != null && value.signum() >= 0 && value.stripTrailingZeros().scale() <= 4;
        if (valid && discount.kind() == DiscountKind.PERCENT) {
            valid = value.compareTo(HUNDRED) <= 0;
        } else if (valid && quantity != null && unitPrice != null) {
            valid = value.compareTo(quantity.multiply(unitPrice)) <= 0;
        }
        return require("discount", valid, "invoice.invalidDiscount");
    }

    BillingRules positive(String field, Money amount, String currency) {
        return require(field, amount != null && amount.isPositive() && amount.currency().equals(currency),
                "payment.invalidAmount");
    }

    BillingRules require(String field, boolean valid, String messageKey) {
        if (!valid) {
            violations.add(new FieldViolation(field, messageKey));
        }
        return this;
    }

    /** The number without trailing zeros and never in exponent form ({@code 100}, not {@code 1E+2}). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isCurrency(String currency) {
        try {
            return currency != null && java.util.Currency.getInstance(currency) != null;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Invoices speak French, Arabic or English; the language alone, without region. */
    static java.util.Locale language(java.util.Locale language) {
        return language == null ? java.util.Locale.FRENCH : java.util.Locale.forLanguageTag(language.getLanguage());
    }

    /** Throws every violation found so far, at once. */
    void orReject() {
        if (!violations.isEmpty()) {
            throw new InvalidBillingInput(violations);
        }
    }
}
