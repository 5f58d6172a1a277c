package dev.boucle.comp.api;

import java.math.BigDecimal;

/**
 * One step of a computation, kept so a UI can explain where each euro, pound or dollar went.
 * {@code base} and {@code rate} are null when the step is not "base times rate" (a cap, a
 * rounding, a decision); {@code rate} is a fraction (0.069 for 6.9 %).
 */
public record Line(String code, String label, BigDecimal base, BigDecimal rate, BigDecimal amount, Kind kind) {

    /** What the line contributes to: the totals of {@link NetResult} are sums over kinds. */
    public enum Kind {
        /** The starting amount. */
        GROSS,
        /** Employee social contribution, deducted from pay before tax. */
        CONTRIBUTION,
        /**
         * Pay set aside before tax by the employee's choice (401(k), HSA, section 125, UK salary
         * sacrifice into a pension): still the employee's savings or benefits, but not take-home pay.
         */
        PRE_TAX,
        /** A deduction or allowance between pay and the taxable amount (not money paid). */
        DEDUCTION,
        /** An intermediate figure (taxable income, parts, quotient...). */
        INFO,
        /** Income tax proper (the scale and its corrections). */
        INCOME_TAX,
        /** Any other tax or levy on the income (surtaxes, state and city taxes, loans). */
        OTHER_TAX
    }

    /** The same step for the household's second earner: code prefixed "partner.", label marked. */
    public Line forPartner(String labelSuffix) {
        return new Line("partner." + code, label + " " + labelSuffix, base, rate, amount, kind);
    }

    public static Line info(String code, String label, BigDecimal amount) {
        return new Line(code, label, null, null, amount, Kind.INFO);
    }
}
