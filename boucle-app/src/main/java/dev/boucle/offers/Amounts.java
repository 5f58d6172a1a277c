package dev.boucle.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts and rates as the offer pages show them, in the reader's conventions. */
public final class Amounts {

    private Amounts() {}

    /** Whole units unless there are cents: pay is discussed in round figures. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        if (amount == null) return "—";
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currency));
        int digits = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(amount);
    }

    public static String percent(BigDecimal fraction, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    public static String factor(BigDecimal factor) {
        return factor.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}
