package io.kine.command.billing;

import io.kine.kernel.billing.AddInvoiceLine;
import io.kine.kernel.billing.Discount;
import io.kine.kernel.billing.InvoiceLineAdded;
import io.kine.kernel.billing.LineAmounts;
import io.kine.kernel.billing.TaxLine;
import io.kine.kernel.patients.PatientId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A draft's lines as far as totals go: each line's rounded amounts and tax rate, in order. */
final class InvoiceLines {

    static final int MAX_LINES = 200;

    private record Line(BigDecimal taxRate, LineAmounts amounts) {
    }

    private final Map<UUID, Line> lines = new LinkedHashMap<>();

    /** The line a command asks for, checked field by field, with its amounts under the rounding rule. */
    static InvoiceLineAdded checked(AddInvoiceLine command, PatientId patient, int position, String currency) {
        BillingRules rules = BillingRules.check();
        String description = rules.text("description", command.description(), BillingRules.DESCRIPTION_MAX, true);
        rules.require("lineId", command.lineId() != null, "billing.required")
                .quantity(command.quantity()).price("unitPrice", command.unitPrice()).taxRate(command.taxRate())
                .discount(command.discount(), command.quantity(), command.unitPrice()).orReject();
        Discount discount = command.discount() == null || command.discount().isNone() ? Discount.NONE
                : new Discount(command.discount().kind(), BillingRules.plain(command.discount().value()));
        LineAmounts amounts = LineAmounts.of(command.quantity(), command.unitPrice(), command.taxRate(), discount,
                currency);
        return new InvoiceLineAdded(command.invoiceId(), command.organizationId(), patient, command.lineId(), position,
                command.productId(), description, BillingRules.plain(command.quantity()),
                BillingRules.plain(command.unitPrice()), BillingRules.plain(command.taxRate()), discount, amounts);
    }

    void add(UUID lineId, BigDecimal taxRate, LineAmounts amounts) {
        lines.put(lineId, new Line(taxRate, amounts));
    }

    void remove(UUID lineId) {
        lines.remove(lineId);
    }

    boolean contains(UUID lineId) {
        return lines.containsKey(lineId);
    }

    int size() {
        return lines.size();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The exact sum of the rounded line amounts. */
    LineAmounts totals(String currency) {
        return lines.values().stream().map(Line::amounts).reduce(LineAmounts.zero(currency), LineAmounts::plus);
    }

    /** One row per tax rate, lowest rate first, each the exact sum of its lines. */
    List<TaxLine> taxes(String currency) {
        Map<BigDecimal, LineAmounts> byRate = new TreeMap<>();
        for (Line line : lines.values()) {
            byRate.merge(BillingRules.plain(line.taxRate()), line.amounts(), LineAmounts::plus);
        }
        List<TaxLine> taxes = new ArrayList<>();
        byRate.forEach((rate, sum) -> taxes.add(new TaxLine(rate, sum.net(), sum.tax(), sum.total())));
        return taxes;
    }
}
