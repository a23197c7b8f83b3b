package io.kine.infra.billing;

import io.kine.kernel.billing.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Amounts as a reader of the language expects them, followed by the ISO currency code
 * ({@code 1 234,50 EUR}, {@code 1,234.50 MAD}): the code is unambiguous between EUR and MAD and
 * needs no bidirectional marks inside Arabic text. Arabic uses Moroccan conventions (Latin
 * digits). Used by pages ({@code ${@money.format(...)}}), PDFs and e-mails.
 */
@Component("money")
public class MoneyFormats {

    /** The locale whose number conventions a language's readers use. */
    static Locale numbersOf(Locale language) {
        return "ar".equals(language.getLanguage()) ? Locale.forLanguageTag("ar-MA") : language;
    }

    public String format(Money money) {
        return money == null ? "" : format(money, LocaleContextHolder.getLocale());
    }

    public String format(Money money, Locale language) {
        return money == null ? "" : number(money.amount(), Money.minorUnits(money.currency()), language) + "\u00A0"
                + money.currency();
    }

    /** A quantity, rate or unit price with as many decimals as it has (at least {@code minDecimals}). */
    public String number(BigDecimal value, int minDecimals, Locale language) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(numbersOf(language));
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(Math.max(minDecimals, Math.max(0, value.stripTrailingZeros().scale())));
        format.setParseBigDecimal(true);
        // bidi marks and narrow spaces some locales add: fonts lack them and the layout handles direction
        return format.format(value).replaceAll("[\u200E\u200F\u061C]", "").replace('\u202F', '\u00A0');
    }

    public String number(BigDecimal value) {
        return number(value, 0, LocaleContextHolder.getLocale());
    }

    public String percent(BigDecimal rate) {
        return rate == null ? "" : number(rate) + "\u00A0%";
    }
}
