package io.kine.command.billing;

import io.kine.kernel.billing.LineAmounts;
import io.kine.kernel.billing.TaxLine;
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
