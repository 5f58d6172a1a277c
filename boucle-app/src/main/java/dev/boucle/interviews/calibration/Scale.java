package dev.boucle.interviews.calibration;

import java.util.Locale;

/** The score scale and the one way numbers are written in explanations, so every text reads alike. */
final class Scale {

    static final double MIN = 1.0;
    static final double MAX = 4.0;

    /** Proper minus sign: explanations are read by people, not parsed. */
    static final String MINUS = "\u2212";

    private Scale() {}

    static double clamp(double value) {
        return Math.max(MIN, Math.min(MAX, value));
    }

    /**
     * Rounds to 0.01, half to even, and never returns -0.0. A leniency is uncertain by several
     * hundredths anyway; rounding the value that is applied makes the arithmetic shown to people
     * add up exactly.
     */
    static double hundredths(double value) {
        return Math.rint(value * 100.0) / 100.0 + 0.0;
    }

    /** Formats with Locale.ROOT so digits and decimal points never depend on the server's locale. */
    static String text(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A pseudo-count as people write it: "3", or "2.50" when it is not whole. */
    static String count(double value) {
        return value == Math.rint(value) ? text("%d", (long) value) : plain(value);
    }

    static String plain(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** "+0.40", "−0.25", "0.00": a leniency always shows its direction. */
    static String signed(double value) {
        String digits = String.format(Locale.ROOT, "%.2f", Math.abs(value));
        if (digits.equals("0.00")) {
            return digits;
        }
        return (value > 0 ? "+" : MINUS) + digits;
    }
}
