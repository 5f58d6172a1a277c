package dev.boucle.comp.us;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.RefusedInput;
import dev.boucle.comp.api.UsPreTax;
import java.math.BigDecimal;

/**
 * The employee's pre-tax set-asides, checked against the year's limits: the 401(k) elective
 * deferral limit (IRC s.402(g); the age-50 catch-up is not modelled, so a larger deferral is
 * refused rather than guessed at) and the HSA limit, family coverage assumed when the household
 * files jointly or has dependents, self-only otherwise (IRC s.223(b)). Section 125 premiums have no
 * dollar limit. Together they cannot exceed the wages.
 */
final class PreTaxDeductions {

    private PreTaxDeductions() {
    }

    static void check(UsPreTax preTax, BigDecimal wages, boolean family, FederalRules.PreTaxLimits limits) {
        if (preTax.k401().compareTo(limits.k401()) > 0) {
            throw new RefusedInput("401k", "--401k " + preTax.k401().toPlainString() + " is above this year's elective deferral limit of " + limits.k401().toPlainString() + " (catch-up contributions are not modelled)");
        }
        BigDecimal hsaLimit = family ? limits.hsaFamily() : limits.hsaSelf();
        if (preTax.hsa().compareTo(hsaLimit) > 0) {
            throw new RefusedInput("hsa", "--hsa " + preTax.hsa().toPlainString() + " is above this year's " + (family ? "family" : "self-only") + " HSA limit of " + hsaLimit.toPlainString());
        }
        if (preTax.total().compareTo(wages) > 0) {
            throw new RefusedInput("section125", "pre-tax deductions (" + preTax.total().toPlainString() + ") are more than the wages");
        }
    }

    static void lines(UsPreTax preTax, Ledger ledger) {
        if (preTax.k401().signum() > 0) {
            ledger.add("us.pretax.401k", "401(k) elective deferral (income tax only; FICA still due)", null, null, preTax.k401(), Line.Kind.PRE_TAX);
        }
        if (preTax.hsa().signum() > 0) {
            ledger.add("us.pretax.hsa", "HSA contribution through the cafeteria plan", null, null, preTax.hsa(), Line.Kind.PRE_TAX);
        }
        if (preTax.section125().signum() > 0) {
            ledger.add("us.pretax.section125", "Section 125 salary reduction (health premiums)", null, null, preTax.section125(), Line.Kind.PRE_TAX);
        }
    }
}
