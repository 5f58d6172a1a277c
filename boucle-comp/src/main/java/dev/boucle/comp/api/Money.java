package dev.boucle.comp.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding helpers; each tax says which one it uses and why. */
public final class Money {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** To the cent, half up: payroll amounts. */
    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** To the nearest whole unit, half up (French "arrondi à l'euro le plus proche", 0.50 counts as 1). */
    public static BigDecimal whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP);
    }

    /** Down to the whole unit (HMRC works on whole pounds of income, student loans on whole pounds). */
    public static BigDecimal wholeDown(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal positive(BigDecimal value) {
        return max(value, BigDecimal.ZERO);
    }

    /** The part of {@code amount} that falls between {@code from} and {@code to} (to may be null: no top). */
    public static BigDecimal slice(BigDecimal amount, BigDecimal from, BigDecimal to) {
        BigDecimal top = to == null ? amount : min(amount, to);
        return positive(top.subtract(from));
    }
}
